package kz.jobalyq.system.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.jobalyq.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** History keeps every activity, task and variable's last value, but not a row per variable change or form field. */
@IntegrationTest
class HistoryWithoutDetailsTest {

  private static final String KEY = "history-without-details-test";

  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private HistoryService historyService;

  @Test
  void aVariableChangedTwiceLeavesItsLastValueAndNoDetailRows() {
    repositoryService.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn",
        Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Decide").name("Decide").endEvent().done()).deploy();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, Map.of("decision", "draft"));
    runtimeService.setVariable(instance.getId(), "decision", "revised");
    String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    taskService.complete(task, Map.of("decision", "approve"));

    HistoricVariableInstance decision = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("decision").singleResult();
    assertThat(decision.getValue()).isEqualTo("approve");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).finished()
        .count()).isEqualTo(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count())
        .isEqualTo(3);
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).count()).isZero();
  }
}
