package kz.jobalyq.system.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import kz.jobalyq.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History keeps every activity, task and variable's last value, but not a row per variable change or form field,
 * nor one for an answer moved into our tables and removed in the command that brought it.
 */
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
  @Autowired
  private ManagementService managementService;

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

  @Test
  void anAnswerRemovedInTheCommandThatBroughtItLeavesNoHistoryButOneRemovedLaterDoes() {
    String key = KEY + "-moved";
    repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn",
        Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Task_MoveToRecord").camundaExpression("${execution.removeVariable('description')}")
            .userTask("Task_Review").name("Review").endEvent().done()).deploy();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(key,
        Map.of("description", "Кестені 1 күнге жылжыту", "note", "уақытша", "recordId", 7L));
    runtimeService.removeVariable(instance.getId(), "note");

    Map<String, String> states = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).includeDeleted().list().stream()
        .collect(java.util.stream.Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getState));
    assertThat(states).isEqualTo(Map.of("note", "DELETED", "recordId", "CREATED"));
    assertThat(runtimeService.getVariables(instance.getId())).isEqualTo(Map.of("recordId", 7L));
  }

  @Test
  void aMultiInstanceKeepsItsCountersAtRuntimeAndItsElementsInHistoryButNotTheCountersHistory() {
    String key = KEY + "-loop";
    repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn",
        Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Decide").name("Decide").multiInstance().parallel().camundaCollection("${groups}")
            .camundaElementVariable("group").multiInstanceDone().endEvent().done()).deploy();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(key,
        Map.of("groups", java.util.List.of("project-group-head", "bd-group-lead")));
    java.util.List<org.camunda.bpm.engine.task.Task> tasks = taskService.createTaskQuery()
        .processInstanceId(instance.getId()).list();
    // Cockpit still shows the counters of the running multi-instance.
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
        .variableName("nrOfActiveInstances").singleResult().getValue()).isEqualTo(2);
    taskService.complete(tasks.get(0).getId());
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
        .variableName("nrOfCompletedInstances").singleResult().getValue()).isEqualTo(1);
    taskService.complete(tasks.get(1).getId());

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getState()).isEqualTo("COMPLETED");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .includeDeleted().list()).extracting(HistoricVariableInstance::getName)
        .containsExactlyInAnyOrder("groups", "group", "group")
        .doesNotContainAnyElementsOf(HistoryWithoutDetails.LOOP_BOOKKEEPING);
  }

  @Test
  void displayCopiesStayAtRuntimeForTaskNamesAndNoticesButLeaveNoHistory() {
    String key = KEY + "-display";
    repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn",
        Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Review").name("Review").endEvent().done()).deploy();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(key,
        Map.of("projectName", "Нәтиже", "recordId", 7L));
    org.camunda.bpm.engine.task.Task notice = taskService.newTask();
    notice.setName("Сұрау салу орындауға қабылданды");
    taskService.saveTask(notice);
    taskService.setVariablesLocal(notice.getId(), Map.of(TaskMarks.NOTICE_NAME_RU, "Запрос принят к исполнению",
        TaskMarks.NOTICE_DESCRIPTION_RU, "Запрос принят."));

    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getName())
        .isEqualTo("Review — Нәтиже");
    assertThat(taskService.getVariablesLocal(notice.getId())).containsKeys(TaskMarks.NOTICE_NAME_RU,
        TaskMarks.NOTICE_DESCRIPTION_RU);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
        .extracting(HistoricVariableInstance::getName).containsExactly("recordId");
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(notice.getId()).count()).isZero();
    taskService.deleteTask(notice.getId(), true);
  }

  @Test
  void theJobLogKeepsRunsAndFailuresNotCreationsAndDeletions() {
    String key = KEY + "-jobs";
    repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn",
        Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Wait").boundaryEvent("BoundaryEvent_Due").timerWithDuration("PT1H")
            .exclusiveGateway("Gateway_Fail")
            .condition("fail", "${fail}").serviceTask("Task_Fails").camundaExpression("${noSuchBean.call()}")
            .endEvent()
            .moveToNode("Gateway_Fail").condition("pass", "${!fail}").endEvent()
            .moveToActivity("Task_Wait").endEvent().done()).deploy();

    ProcessInstance inTime = runtimeService.startProcessInstanceByKey(key, Map.of("fail", false));
    taskService.complete(taskService.createTaskQuery().processInstanceId(inTime.getId()).singleResult().getId());
    ProcessInstance overdue = runtimeService.startProcessInstanceByKey(key, Map.of("fail", false));
    managementService.executeJob(jobOf(overdue).getId());
    ProcessInstance failing = runtimeService.startProcessInstanceByKey(key, Map.of("fail", true));
    String failingJob = jobOf(failing).getId();
    assertThatThrownBy(() -> managementService.executeJob(failingJob)).isInstanceOf(ProcessEngineException.class);

    assertThat(jobLogOf(inTime)).as("a timer made and dropped with its task").isEmpty();
    assertThat(jobLogOf(overdue)).extracting(HistoricJobLog::isSuccessLog).containsExactly(true);
    assertThat(jobLogOf(failing)).extracting(HistoricJobLog::isFailureLog).containsExactly(true);
    assertThat(jobLogOf(failing).get(0).getJobExceptionMessage()).contains("noSuchBean");
  }

  private Job jobOf(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  private java.util.List<HistoricJobLog> jobLogOf(ProcessInstance instance) {
    return historyService.createHistoricJobLogQuery().processInstanceId(instance.getId()).list();
  }
}
