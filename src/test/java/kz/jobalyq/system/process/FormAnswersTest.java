package kz.jobalyq.system.process;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.organisation.DemoOrganisation;
import kz.jobalyq.project.ProjectLifecycleProcess;
import kz.jobalyq.support.TestChangeRequests;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Form answers are read as the form offers them, and a task that cannot be completed is a conflict, not a 500. */
@IntegrationTest
class FormAnswersTest {

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private TestChangeRequests filings;
  @Autowired
  private TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
  }

  @Test
  void aDecisionInUpperCaseIsTheFormsValueAndTheGatewayTakesIt() {
    ProcessInstance request = filings.file();

    complete(task(request), Map.of(Vars.REVIEW_OUTCOME, "ACCEPT"));

    assertThat(request).isWaitingAt(ChangeRequestProcess.TASK_EVALUATE);
    complete(task(request), Map.of(Vars.SCHEDULE_SHIFT_DAYS, 0L, Vars.COST_CHANGE, 0L));
    complete(task(request), Map.of(Vars.DECISION, "Approve", Vars.DECISION_COMMENT, "Иә"));
    assertThat(request).isEnded().hasPassed(ChangeRequestProcess.END_ACCEPTED);
  }

  @Test
  void aCheckboxAnsweredYesIsRefusedNamingTheFieldNotReadAsFalse() {
    Map<String, Object> form = new HashMap<>();
    form.put(ProjectLifecycleProcess.Vars.PROJECT_NAME, "Сынақ");
    form.put(ProjectLifecycleProcess.Vars.PROJECT_GROUP_CODE, DemoOrganisation.PUBLIC_APPEALS_GROUP);
    form.put(ProjectLifecycleProcess.Vars.PROJECT_REGULATED, "yes");
    form.put(ProjectLifecycleProcess.Vars.INITIATOR_NAME, "Сағынова Ләззат");
    form.put("proposalGoal", "Мақсат");
    identityService.setAuthentication("pomanager", List.of("po-chief-manager"));

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ProjectLifecycleProcess.KEY, form))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("projectRegulated: «yes» — күтілетіні true немесе false");

    form.put(ProjectLifecycleProcess.Vars.PROJECT_REGULATED, "TRUE");
    ProcessInstance project = runtimeService.startProcessInstanceByKey(ProjectLifecycleProcess.KEY, form);
    assertThat(runtimeService.getVariable(project.getId(), ProjectLifecycleProcess.Vars.PROJECT_REGULATED))
        .isEqualTo(true);
  }

  @Test
  void completingATaskAlreadyCompletedIsAConflictAndAnUnknownTaskIsNotFound() {
    ProcessInstance request = filings.file();
    Task review = task(request);
    complete(review, Map.of(Vars.REVIEW_OUTCOME, "accept"));

    ResponseEntity<String> again = rest.withBasicAuth("demo", "demo")
        .postForEntity("/engine-rest/task/" + review.getId() + "/complete", json("{}"), String.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("орындалып қойған");
    ResponseEntity<String> submitted = rest.withBasicAuth("demo", "demo")
        .postForEntity("/engine-rest/task/" + review.getId() + "/submit-form", json("{}"), String.class);
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/task/no-such-task/complete",
        json("{}"), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void completingATaskOfASuspendedProcessIsAConflict() {
    ProcessInstance request = filings.file();
    Task review = task(request);
    runtimeService.suspendProcessInstanceById(request.getId());

    ResponseEntity<String> answer = rest.withBasicAuth("demo", "demo")
        .postForEntity("/engine-rest/task/" + review.getId() + "/complete", json("{}"), String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getBody()).contains("тоқтатыла тұрған");
    runtimeService.activateProcessInstanceById(request.getId());
    assertThat(request).isWaitingAt(ChangeRequestProcess.TASK_REVIEW);
  }
}
