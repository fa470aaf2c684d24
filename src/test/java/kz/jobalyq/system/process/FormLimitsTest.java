package kz.jobalyq.system.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.EngineStatementLog;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine checks a form's {@code maxLength} when its task is completed, without asking the database which
 * version of the form is the latest at every completion, yet with a new version's limits from its deployment on.
 */
@IntegrationTest
class FormLimitsTest {

  private static final String KEY = "form-limits-test";
  private static final String FORM = "form-limits-test-form";
  private static final String LATEST_FORM = "selectLatestCamundaFormDefinitionByKey";

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;

  @Test
  void theLatestFormIsLookedUpOnceForManyCompletionsAndANewVersionsLimitHoldsAtOnce() {
    deployForm(20);
    repositoryService.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn",
        Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Comment").name("Comment").camundaFormRef(FORM).camundaFormRefBinding("latest")
            .endEvent().done()).deploy();

    List<String> first = EngineStatementLog.of(engine, () -> completeWith("қысқа"));
    List<String> second = EngineStatementLog.of(engine, () -> completeWith("тағы қысқа"));
    assertThat(first).contains(LATEST_FORM);
    assertThat(second).doesNotContain(LATEST_FORM);

    deployForm(5);
    assertThatThrownBy(() -> completeWith("он әріптен ұзын"))
        .hasMessageContaining("comment").hasMessageContaining("5");
  }

  private void completeWith(String comment) {
    String instance = runtimeService.startProcessInstanceByKey(KEY).getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    taskService.complete(task, Map.of("comment", comment));
  }

  private void deployForm(int maxLength) {
    String form = """
        {"id": "%s", "type": "default", "schemaVersion": 16, "components": [
          {"key": "comment", "label": "Comment", "type": "textfield", "validate": {"maxLength": %d}}]}
        """.formatted(FORM, maxLength);
    repositoryService.createDeployment().name(FORM).addString(FORM + ".form", form).deploy();
  }
}
