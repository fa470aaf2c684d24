package kz.jobalyq.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.EngineStatementLog;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task created by the running command has no variables in the database to ask for; one that exists keeps
 * answering from the database.
 */
@IntegrationTest
class NewTaskVariablesTest {

  private static final String KEY = "new-task-variables-test";
  private static final String BY_TASK = "selectVariablesByTaskId";

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;

  @Test
  void creatingAUserTaskReadsTheProcessVariablesButAsksForNoneOfTheNewTasksOwn() {
    repositoryService.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn",
        Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Review").name("Review").endEvent().done()).deploy();
    ProcessInstance[] started = new ProcessInstance[1];

    List<String> statements = EngineStatementLog.of(engine, () ->
        started[0] = runtimeService.startProcessInstanceByKey(KEY, Map.of("projectName", "Нәтиже")));

    Task task = taskService.createTaskQuery().processInstanceId(started[0].getId()).singleResult();
    // Titles read the task's variables at its creation and found the process's.
    assertThat(task.getName()).isEqualTo("Review — Нәтиже");
    assertThat(statements).doesNotContain(BY_TASK).contains("insertTask");
  }

  @Test
  void aNoticeStoredWithItsVariablesInOneCommandAsksForNone() {
    String[] id = new String[1];
    List<String> statements = EngineStatementLog.of(engine, () ->
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
            .execute(context -> {
              Task notice = taskService.newTask();
              notice.setName("Хабарлама");
              taskService.saveTask(notice);
              taskService.setVariablesLocal(notice.getId(), Map.of("noticeNameRu", "Уведомление"));
              id[0] = notice.getId();
              return null;
            }));

    assertThat(statements).doesNotContain(BY_TASK).contains("insertTask", "insertVariableInstance");
    assertThat(taskService.getVariablesLocal(id[0])).isEqualTo(Map.of("noticeNameRu", "Уведомление"));
    taskService.deleteTask(id[0], true);
  }

  @Test
  void aTaskThatExistsAnswersFromTheDatabase() {
    Task notice = taskService.newTask();
    notice.setName("Хабарлама");
    taskService.saveTask(notice);
    taskService.setVariableLocal(notice.getId(), "noticeNameRu", "Уведомление");
    Map<String, Object>[] read = new Map[1];

    List<String> statements = EngineStatementLog.of(engine,
        () -> read[0] = taskService.getVariablesLocal(notice.getId()));

    assertThat(read[0]).isEqualTo(Map.of("noticeNameRu", "Уведомление"));
    assertThat(statements).contains(BY_TASK);
    taskService.deleteTask(notice.getId(), true);
  }
}
