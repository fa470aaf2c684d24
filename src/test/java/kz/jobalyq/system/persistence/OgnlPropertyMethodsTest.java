package kz.jobalyq.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.jobalyq.IntegrationTest;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.scripting.xmltags.OgnlCache;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's statements read query properties without a getter through a method found once, with the values
 * OGNL gave before, and task queries that test them find what they found before.
 */
@IntegrationTest
class OgnlPropertyMethodsTest {

  @Autowired
  private TaskService taskService;

  @Test
  void queryObjectsAreReadThroughTheRememberingAccessor() throws Exception {
    assertThat(OgnlRuntime.getPropertyAccessor(TaskQueryImpl.class)).isInstanceOf(OgnlPropertyMethods.Accessor.class);
  }

  @Test
  void propertiesWithoutAGetterGetterOnesAndMissingOnesReadAsBefore() {
    TaskQueryImpl plain = new TaskQueryImpl();
    TaskQueryImpl narrowed = (TaskQueryImpl) new TaskQueryImpl().withoutTenantId().taskName("Хабарлама");

    assertThat(OgnlCache.getValue("query.isWithoutTenantId", Map.of("query", plain))).isEqualTo(false);
    assertThat(OgnlCache.getValue("query.isWithoutTenantId", Map.of("query", narrowed))).isEqualTo(true);
    assertThat(OgnlCache.getValue("query.isOrQueryActive", Map.of("query", narrowed))).isEqualTo(false);
    assertThat(OgnlCache.getValue("query.name", Map.of("query", narrowed))).isEqualTo("Хабарлама");
    assertThat(OgnlCache.getValue("query.name != null", Map.of("query", plain))).isEqualTo(false);
  }

  @Test
  void aTaskQueryTestingThosePropertiesFindsItsTasks() {
    Task notice = taskService.newTask();
    notice.setName("OGNL тексеру хабарламасы");
    taskService.saveTask(notice);

    assertThat(taskService.createTaskQuery().withoutTenantId().taskName("OGNL тексеру хабарламасы").list())
        .extracting(Task::getId).containsExactly(notice.getId());
    assertThat(taskService.createTaskQuery().taskName("OGNL тексеру хабарламасы").or().taskAssignee("nobody")
        .taskUnassigned().endOr().count()).isOne();
    taskService.deleteTask(notice.getId(), true);
  }
}
