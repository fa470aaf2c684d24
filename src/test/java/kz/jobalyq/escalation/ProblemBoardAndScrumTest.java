package kz.jobalyq.escalation;

import static kz.jobalyq.escalation.ProblemEscalationProcess.ESCALATE;
import static kz.jobalyq.escalation.ProblemEscalationProcess.RESOLVE;
import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.escalation.ProblemEscalationProcess.Vars;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.FormVariables;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The weekly problem board (§14.2, §38.1) and scrum attendance (§24). */
@IntegrationTest
class ProblemBoardAndScrumTest {

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private TestProjects projects;
  @Autowired
  private TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void theWeeklyBoardListsProblemsUnresolvedAtBaseDirectionLevelForTheSteeringCommittee() {
    ProjectSummary project = projects.ordinary();
    ProcessInstance openAtDirection = raise(project);
    decide(openAtDirection, ESCALATE);
    ProcessInstance resolvedAtDirection = raise(project);
    decide(resolvedAtDirection, ESCALATE);
    decide(resolvedAtDirection, RESOLVE);
    ProcessInstance openAtGroup = raise(project);

    JsonNode live = rest.withBasicAuth("committee", "demo").getForObject("/api/escalation/board", JsonNode.class);
    assertThat(live.findValuesAsText("number")).contains(openAtDirection.getBusinessKey())
        .doesNotContain(resolvedAtDirection.getBusinessKey(), openAtGroup.getBusinessKey());
    JsonNode direction = live.path("directions").findParents("code").stream()
        .filter(node -> node.path("code").asText().equals(project.baseDirectionCode())).findFirst().orElseThrow();
    assertThat(direction.path("name").asText()).isEqualTo(project.baseDirectionName());

    // Monday's timer generates the board and gives the committee its review task.
    Job weekly = managementService.createJobQuery().processDefinitionKey(ProblemBoardProcess.KEY).timers()
        .singleResult();
    managementService.executeJob(weekly.getId());
    ProcessInstance board = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProblemBoardProcess.KEY)
        .orderByProcessInstanceId().desc().list().stream()
        .filter(instance -> taskService.createTaskQuery().processInstanceId(instance.getId()).count() > 0)
        .findFirst().orElseThrow();
    Task review = task(board);
    assertThat(review).hasDefinitionKey(ProblemBoardProcess.TASK_REVIEW).hasCandidateGroupAssociated("steering-committee");
    // The committee reads the board in the language each member chose.
    String summary = FormVariables.shown(rest, review.getId(), "committee", "kk", ProblemBoardProcess.BOARD_SUMMARY);
    // Each problem with its project's name and the severity it was raised with (MEDIUM), as the raising form says.
    assertThat(summary).contains("**Шешілмеген проблемалар: ", openAtDirection.getBusinessKey(),
        project.number() + " «" + project.name() + "»: ",
        "— Базалық бағыттың жетекшісі / министрліктің жобалық офисінің басшысы, маңыздылығы: орташа, ", " күн")
        .doesNotContain(openAtGroup.getBusinessKey());
    assertThat(FormVariables.shown(rest, review.getId(), "committee", "ru", ProblemBoardProcess.BOARD_SUMMARY))
        .contains("**Нерешённые проблемы: ", openAtDirection.getBusinessKey(),
            "— Руководитель базового направления / руководитель проектного офиса министерства, значимость: средняя, ",
            " дн.")
        .doesNotContain(openAtGroup.getBusinessKey(), "Шешілмеген");
    long boardId = ((Number) taskService.getVariable(review.getId(), ProblemBoardProcess.BOARD_ID)).longValue();
    complete(review, Map.of(ProblemBoardProcess.REVIEW_COMMENT, "Жауаптылар тағайындалды"));

    JsonNode stored = rest.withBasicAuth("committee", "demo").getForObject("/api/escalation/boards/" + boardId,
        JsonNode.class);
    assertThat(stored.findValuesAsText("number")).contains(openAtDirection.getBusinessKey());
  }

  @Test
  void fourAbsencesInARowGiveTheHeadOfTheProjectOfficeARecommendationTaskAndThreeDoNot() {
    String head = "pg" + UUID.randomUUID().toString().substring(0, 8);
    // Attendance is recorded for users of the platform only.
    engine.getIdentityService().saveUser(engine.getIdentityService().newUser(head));

    assertThat(meeting(head, "2026-04-07", false)).isEmpty();
    assertThat(meeting(head, "2026-04-14", false)).isEmpty();
    assertThat(meeting(head, "2026-04-21", false)).isEmpty();
    assertThat(recommendationTasks(head)).isEmpty();

    List<Map<String, Object>> fourth = meeting(head, "2026-04-28", false);
    assertThat(fourth).singleElement().satisfies(made -> assertThat(made).containsEntry("consecutiveAbsences", 4));
    List<Task> tasks = recommendationTasks(head);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0)).hasCandidateGroupAssociated("po-head");
    // A user with no names in the directory is named by their id on the form, never "null null".
    assertThat(taskService.getVariable(tasks.get(0).getId(), ScrumAbsenceProcess.ABSENT_USER_NAME)).isEqualTo(head);
    // A fifth absence in the same run makes no second task; a presence starts a new run.
    assertThat(meeting(head, "2026-05-05", false)).isEmpty();
    assertThat(meeting(head, "2026-05-12", true)).isEmpty();
    assertThat(recommendationTasks(head)).hasSize(1);

    complete(tasks.get(0), Map.of(ScrumAbsenceProcess.RECOMMENDATION, "recommend",
        ScrumAbsenceProcess.RECOMMENDATION_COMMENT, "Ескерту жариялау ұсынылады"));
    assertThat(recommendationTasks(head)).isEmpty();
  }

  @Test
  void attendanceIsRecordedOnlyByThoseWhoKeepTheScrumAndAnsweredWithClearErrors() {
    String body = "{\"baseDirectionCode\":\"BD-T\",\"meetingDate\":\"2026-04-07\",\"attendance\":[{\"userId\":\"x\","
        + "\"present\":true}]}";
    assertThat(rest.withBasicAuth("lead", "demo").postForEntity("/api/escalation/scrum-meetings", json(body),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> noDate = rest.withBasicAuth("poadmin", "demo").postForEntity(
        "/api/escalation/scrum-meetings",
        json("{\"baseDirectionCode\":\"BD-T\",\"attendance\":[{\"userId\":\"lead\",\"present\":true}]}"),
        JsonNode.class);
    assertThat(noDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noDate.getBody().path("detail").asText()).contains("meetingDate");
  }

  private List<Map<String, Object>> meeting(String head, String date, boolean present) {
    String body = "{\"baseDirectionCode\":\"BD-T\",\"meetingDate\":\"" + date + "\",\"attendance\":[{\"userId\":\""
        + head + "\",\"present\":" + present + "}]}";
    ResponseEntity<List<Map<String, Object>>> answer = rest.withBasicAuth("poadmin", "demo").exchange(
        "/api/escalation/scrum-meetings", HttpMethod.POST, json(body), new ParameterizedTypeReference<>() { });
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private List<Task> recommendationTasks(String head) {
    return taskService.createTaskQuery().processDefinitionKey(ScrumAbsenceProcess.KEY)
        .processVariableValueEquals(ScrumAbsenceProcess.ABSENT_USER, head).list();
  }

  private ProcessInstance raise(ProjectSummary project) {
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.PROJECT_NUMBER, project.number());
    form.put(Vars.DESCRIPTION, "Жабдық жеткізілмеді");
    form.put(Vars.SCHEDULE_AT_RISK, false);
    form.put(Vars.SEVERITY, "MEDIUM");
    form.put(Vars.PROPOSED_SOLUTIONS, "Басқа жеткізуші");
    // Raised from Tasklist by the project's team member: only the project's own people raise problems.
    engine.getIdentityService().setAuthentication("team", List.of(Role.PROJECT_TEAM.groupId()));
    try {
      return runtimeService.startProcessInstanceByKey(ProblemEscalationProcess.KEY, form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void decide(ProcessInstance instance, String decision) {
    complete(task(instance), Map.of(Vars.DECISION, decision, Vars.DECISION_COMMENT, "Шешім"));
  }
}
