package kz.jobalyq.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.escalation.ProblemEscalationProcess;
import kz.jobalyq.hiring.HiringProcess;
import kz.jobalyq.organisation.DemoOrganisation;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.organisation.RoleAssignments.Appointment;
import kz.jobalyq.organisation.RoleAssignments.UnitKind;
import kz.jobalyq.organisation.RoleAssignments;
import kz.jobalyq.project.ProjectProposal;
import kz.jobalyq.project.ProjectService;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The portfolio dashboard's figures against records made through the processes and services. Each
 * test works in a base direction of its own and asks for that direction, so records of other tests
 * in the shared database do not change its figures.
 */
@IntegrationTest
class DashboardTest {

  /** Monday 6 April 2026, 10:00 in Astana: the 10th working day after it is Monday 20 April. */
  private static final Date NOW = date("2026-04-06T10:00:00+05:00");
  private static final Date WINDOW_END = date("2026-04-20T23:59:59+05:00");

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private OrganisationService organisation;
  @Autowired
  private ProjectService projects;
  @Autowired
  private TestChangeRequests changeRequests;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private RoleAssignments roleAssignments;

  private String direction;
  private String group;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(NOW);
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    direction = "BD-DASH-" + suffix;
    group = "PG-DASH-" + suffix;
    organisation.createBaseDirection(DemoOrganisation.PROGRAMME, direction, "Сынақ бағыты " + suffix, false);
    organisation.createProjectGroup(direction, group, "Сынақ жобалар тобы");
    // The test direction's people, as the demo typical direction has them.
    appoint("bdhead", Role.BASE_DIRECTION_HEAD, UnitKind.BASE_DIRECTION, direction);
    appoint("bdlead", Role.BD_GROUP_LEAD, UnitKind.BASE_DIRECTION, direction);
    appoint("pghead", Role.PROJECT_GROUP_HEAD, UnitKind.PROJECT_GROUP, group);
  }

  private void appoint(String user, Role role, UnitKind unit, String code) {
    roleAssignments.appoint(new Appointment(user, role.groupId(), unit, code, null));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void projectsAreCountedByStatusAndByBaseDirection() {
    project("Бірінші");
    projects.startPlanning(project("Екінші").id());
    projects.startPlanning(project("Үшінші").id());
    projects.suspend(project("Төртінші").id());

    JsonNode figures = dashboard().path("projects");

    assertThat(figures.path("total").asLong()).isEqualTo(4);
    assertThat(countsByStatus(figures.path("byStatus"))).containsEntry("INITIATIVE", 1L)
        .containsEntry("PROJECT", 2L).containsEntry("SUSPENDED", 1L).containsEntry("CLOSED", 0L)
        .containsKeys("TERMINATED", "FORCED_CLOSED", "CLOSED_AT_INITIATION");
    JsonNode row = single(figures.path("byBaseDirection"));
    assertThat(row.path("code").asText()).isEqualTo(direction);
    assertThat(row.path("total").asLong()).isEqualTo(4);
    assertThat(row.path("byStatus").path("PROJECT").asLong()).isEqualTo(2);
    assertThat(row.path("byStatus").path("SUSPENDED").asLong()).isEqualTo(1);

    // The whole portfolio has a row for every base direction, this one with the same figures.
    JsonNode whole = get("/api/dashboard", "pohead").getBody();
    assertThat(whole.path("baseDirection").isNull()).isTrue();
    JsonNode ours = rowOf(whole.path("projects").path("byBaseDirection"), direction);
    assertThat(ours.path("byStatus").path("PROJECT").asLong()).isEqualTo(2);
    assertThat(rowOf(whole.path("projects").path("byBaseDirection"), DemoOrganisation.TYPICAL_DIRECTION))
        .isNotNull();
    assertThat(whole.path("projects").path("total").asLong()).isGreaterThanOrEqualTo(4);
    assertThat(whole.path("baseDirections").toString()).contains(direction, DemoOrganisation.TYPICAL_DIRECTION);
  }

  @Test
  void aChangeRequestWaitsAndBecomesOverdueOnceItsReviewDeadlinePasses() {
    ProjectSummary project = project("Өзгеретін жоба");
    ProcessInstance request = changeRequests.file(project, "CHANGE", null);

    JsonNode figures = dashboard().path("changeRequests");
    assertThat(figures.path("waitingCount").asLong()).isEqualTo(1);
    assertThat(figures.path("overdueCount").asLong()).isZero();
    JsonNode waiting = single(figures.path("waiting"));
    assertThat(waiting.path("number").asText()).isEqualTo(request.getBusinessKey());
    assertThat(waiting.path("projectNumber").asText()).isEqualTo(project.number());
    assertThat(waiting.path("status").asText()).isEqualTo("SUBMITTED");
    // Five working days: 7–10 and 13 April.
    assertThat(instant(waiting.path("dueAt"))).isEqualTo(date("2026-04-13T23:59:59+05:00"));
    assertThat(waiting.path("overdue").asBoolean()).isFalse();
    assertThat(figures.path("overdue").isEmpty()).isTrue();

    // The morning after the deadline, before any timer has run: overdue by its due date.
    ClockUtil.setCurrentTime(date("2026-04-14T09:00:00+05:00"));
    figures = dashboard().path("changeRequests");
    assertThat(figures.path("waitingCount").asLong()).isEqualTo(1);
    assertThat(figures.path("overdueCount").asLong()).isEqualTo(1);
    JsonNode overdue = single(figures.path("overdue"));
    assertThat(overdue.path("number").asText()).isEqualTo(request.getBusinessKey());
    assertThat(overdue.path("overdue").asBoolean()).isTrue();
    assertThat(single(figures.path("waiting")).path("overdue").asBoolean()).isTrue();

    // Reviewed: no deadline any more, still waiting for evaluation, not overdue.
    Task review = taskService.createTaskQuery().processInstanceId(request.getId()).singleResult();
    completeAs("lead", review, Map.of(ChangeRequestProcess.Vars.REVIEW_OUTCOME, ChangeRequestProcess.OUTCOME_ACCEPT,
        ChangeRequestProcess.Vars.REVIEW_COMMENT, "Бағалауға"));
    figures = dashboard().path("changeRequests");
    assertThat(figures.path("waitingCount").asLong()).isEqualTo(1);
    assertThat(figures.path("overdueCount").asLong()).isZero();
    waiting = single(figures.path("waiting"));
    assertThat(waiting.path("status").asText()).isEqualTo("UNDER_EVALUATION");
    assertThat(waiting.path("dueAt").isNull()).isTrue();
  }

  @Test
  void deadlinesAreTheOpenTasksDueWithinTenWorkingDays() {
    ProcessInstance within = changeRequests.file(project("Мерзімі жақын"), "CHANGE", null);
    ProcessInstance atTheEnd = changeRequests.file(project("Мерзімі шекте"), "CHANGE", null);
    ProcessInstance later = changeRequests.file(project("Мерзімі алыс"), "CHANGE", null);
    // Due dates as a Tasklist user may set them: the last second of the window, and one second later.
    taskService.setDueDate(taskOf(atTheEnd).getId(), WINDOW_END);
    taskService.setDueDate(taskOf(later).getId(), new Date(WINDOW_END.getTime() + 1000));

    JsonNode figures = dashboard().path("deadlines");

    assertThat(figures.path("workingDays").asInt()).isEqualTo(10);
    assertThat(instant(figures.path("until"))).isEqualTo(WINDOW_END);
    assertThat(figures.path("count").asLong()).isEqualTo(2);
    List<JsonNode> tasks = list(figures.path("tasks"));
    assertThat(tasks).extracting(task -> task.path("businessKey").asText())
        .containsExactly(within.getBusinessKey(), atTheEnd.getBusinessKey());
    JsonNode first = tasks.get(0);
    assertThat(first.path("name").asText())
        .isEqualTo(within.getBusinessKey() + " · Өзгеріске сұрау салуды қарау — Мерзімі жақын");
    assertThat(instant(first.path("due"))).isEqualTo(date("2026-04-13T23:59:59+05:00"));
    assertThat(first.path("candidateGroups").toString()).isEqualTo("[\"project-lead\"]");
    assertThat(first.path("processKey").asText()).isEqualTo(ChangeRequestProcess.KEY);
    assertThat(first.path("processName").asText()).isEqualTo("Өзгеріске сұрау салу");
    assertThat(first.path("projectNumber").asText()).startsWith("PRJ-");
    assertThat(figures.toString()).doesNotContain(later.getBusinessKey());
    // A reader who chose Russian reads the task and the process as Tasklist names them to them.
    JsonNode inRussian = list(inRussian().path("deadlines").path("tasks")).get(0);
    assertThat(inRussian.path("name").asText())
        .isEqualTo(within.getBusinessKey() + " · Рассмотрение запроса на изменение — Мерзімі жақын");
    assertThat(inRussian.path("processName").asText()).isEqualTo("Запрос на изменение");

    // A task already overdue is not an upcoming deadline.
    ClockUtil.setCurrentTime(date("2026-04-14T09:00:00+05:00"));
    assertThat(list(dashboard().path("deadlines").path("tasks"))).extracting(task -> task.path("businessKey").asText())
        .containsExactly(atTheEnd.getBusinessKey(), later.getBusinessKey());
  }

  @Test
  void openProblemsAreCountedByTheirEscalationLevel() {
    ProjectSummary project = project("Проблемалы жоба");
    ProcessInstance staying = raiseProblem(project);
    ProcessInstance escalated = raiseProblem(project);
    completeAs("pghead", taskOf(escalated), Map.of(ProblemEscalationProcess.Vars.DECISION,
        ProblemEscalationProcess.ESCALATE, ProblemEscalationProcess.Vars.DECISION_COMMENT, "Деңгейімізден тыс"));
    ProcessInstance resolved = raiseProblem(project);
    completeAs("pghead", taskOf(resolved), Map.of(ProblemEscalationProcess.Vars.DECISION,
        ProblemEscalationProcess.RESOLVE, ProblemEscalationProcess.Vars.DECISION_COMMENT, "Шешілді"));

    JsonNode figures = dashboard().path("problems");

    assertThat(figures.path("openCount").asLong()).isEqualTo(2);
    Map<Integer, Long> byLevel = new HashMap<>();
    figures.path("byLevel").forEach(level -> byLevel.put(level.path("level").asInt(), level.path("count").asLong()));
    assertThat(byLevel).containsExactlyInAnyOrderEntriesOf(Map.of(1, 1L, 2, 1L, 3, 0L, 4, 0L));
    List<JsonNode> open = list(figures.path("open"));
    assertThat(open).extracting(problem -> problem.path("number").asText())
        .containsExactly(escalated.getBusinessKey(), staying.getBusinessKey());
    assertThat(open.get(0).path("level").asInt()).isEqualTo(2);
    assertThat(open.get(0).path("levelName").asText()).startsWith("Базалық бағыттың жетекшісі");
    assertThat(open.get(1).path("projectNumber").asText()).isEqualTo(project.number());
    assertThat(figures.toString()).doesNotContain(resolved.getBusinessKey());
  }

  @Test
  void aHiringCallInProgressIsListedWithItsApplicationWindow() {
    ProjectSummary project = project("Жетекші іздейтін жоба");
    ProcessInstance call = prepareCall(project);
    assertThat(single(dashboard().path("hiring").path("calls")).path("status").asText())
        .isEqualTo("AWAITING_APPROVAL");

    completeAs("bdhead", taskOf(call), Map.of(HiringProcess.Vars.CALL_DECISION, "approve",
        HiringProcess.Vars.APPROVAL_COMMENT, "Жариялансын"));

    JsonNode figures = dashboard().path("hiring");
    assertThat(figures.path("inProgressCount").asLong()).isEqualTo(1);
    JsonNode listed = single(figures.path("calls"));
    assertThat(listed.path("number").asText()).isEqualTo(call.getBusinessKey());
    assertThat(listed.path("status").asText()).isEqualTo("OPEN");
    assertThat(listed.path("statusName").asText()).isEqualTo("Өтінімдер қабылданады");
    assertThat(listed.path("projectNumber").asText()).isEqualTo(project.number());
    assertThat(listed.path("title").asText()).contains("Жоба жетекшісі");
    JsonNode listedInRussian = single(inRussian().path("hiring").path("calls"));
    assertThat(listedInRussian.path("statusName").asText()).isEqualTo("Приём заявок");
    assertThat(listedInRussian.path("title").asText()).startsWith("Руководитель проекта: ");
    // Ten calendar days from the day after publication.
    assertThat(listed.path("applicationsUntil").asText()).isEqualTo("2026-04-16");
  }

  @Test
  void onlyProcessOwnersSeeTheDashboard() {
    assertThat(rest.getForEntity("/api/dashboard", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    for (String owner : List.of("pohead", "pomanager", "poadmin", "portfolio", "programme", "committee", "bdhead",
        "demo")) {
      assertThat(get("/api/dashboard?baseDirection=" + direction, owner).getStatusCode()).as(owner)
          .isEqualTo(HttpStatus.OK);
    }
    for (String other : List.of("lead", "team", "pghead", "bdlead")) {
      assertThat(get("/api/dashboard", other).getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(get("/api/dashboard?baseDirection=NO-SUCH", "pohead").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theApiIsDescribedInOpenApiAndThePageIsServed() {
    ResponseEntity<JsonNode> docs = rest.getForEntity("/v3/api-docs", JsonNode.class);
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode operation = docs.getBody().path("paths").path("/api/dashboard").path("get");
    assertThat(operation.isMissingNode()).isFalse();
    assertThat(operation.path("parameters").toString()).contains("baseDirection");
    assertThat(operation.path("security").toString()).contains("basicAuth");
    JsonNode schemas = docs.getBody().path("components").path("schemas");
    assertThat(schemas.path("Dashboard").path("description").asText()).contains("portfolio", "портфелінің");
    assertThat(schemas.fieldNames()).toIterable().contains("ProjectFigures", "DeadlineItem", "HiringCallItem");
    assertThat(docs.getBody().path("components").path("securitySchemes").path("basicAuth").path("scheme").asText())
        .isEqualTo("basic");
    // Our API only: Camunda's REST resources are not in it.
    assertThat(docs.getBody().path("paths").fieldNames()).toIterable().allMatch(path -> path.startsWith("/api/"));

    assertThat(rest.getForEntity("/swagger-ui.html", String.class).getStatusCode().is2xxSuccessful()).isTrue();
    ResponseEntity<String> page = rest.getForEntity("/dashboard.html", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("id=\"tile-projects\"", "id=\"tile-change-overdue\"", "api/dashboard");
  }

  // --- helpers ---

  private ProjectSummary project(String name) {
    ProjectSummary project = register(name);
    appoint("lead", Role.PROJECT_LEAD, UnitKind.PROJECT, project.number());
    appoint("team", Role.PROJECT_TEAM, UnitKind.PROJECT, project.number());
    return project;
  }

  private ProjectSummary register(String name) {
    return projects.register(new ProjectProposal(name, group, false, "Сынақ бастамашысы", "Сынақ мақсаты", null,
        null, new BigDecimal("100000000.00")), "pomanager");
  }

  private JsonNode dashboard() {
    ResponseEntity<JsonNode> answer = get("/api/dashboard?baseDirection=" + direction, "pohead");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().path("baseDirection").asText()).isEqualTo(direction);
    assertThat(instant(answer.getBody().path("generatedAt"))).isEqualTo(ClockUtil.getCurrentTime());
    return answer.getBody();
  }

  /** The dashboard as a reader who chose Russian on a page (its language cookie) reads it. */
  private JsonNode inRussian() {
    HttpHeaders russian = new HttpHeaders();
    russian.add(HttpHeaders.COOKIE, UserLanguage.COOKIE + "=ru");
    ResponseEntity<JsonNode> answer = rest.withBasicAuth("pohead", "demo").exchange(
        "/api/dashboard?baseDirection=" + direction, HttpMethod.GET, new HttpEntity<>(russian), JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private ResponseEntity<JsonNode> get(String url, String user) {
    return rest.withBasicAuth(user, "demo").getForEntity(url, JsonNode.class);
  }

  private ProcessInstance raiseProblem(ProjectSummary project) {
    Map<String, Object> form = new HashMap<>();
    form.put(ProblemEscalationProcess.Vars.PROJECT_NUMBER, project.number());
    form.put(ProblemEscalationProcess.Vars.DESCRIPTION, "Мердігер жабдықты жеткізбеді");
    form.put(ProblemEscalationProcess.Vars.DATE_AT_RISK, null);
    form.put(ProblemEscalationProcess.Vars.SCHEDULE_AT_RISK, false);
    form.put(ProblemEscalationProcess.Vars.SEVERITY, "LOW");
    form.put(ProblemEscalationProcess.Vars.PROPOSED_SOLUTIONS, "Басқа жеткізушіні тарту");
    form.put(ProblemEscalationProcess.Vars.SUGGESTED_LEVEL, null);
    return startAs("team", ProblemEscalationProcess.KEY, form);
  }

  private ProcessInstance prepareCall(ProjectSummary project) {
    Map<String, Object> form = new HashMap<>();
    form.put(HiringProcess.Vars.SCOPE, "PROJECT");
    form.put(HiringProcess.Vars.ROLE_SOUGHT, "PROJECT_LEAD");
    form.put(HiringProcess.Vars.PROJECT_NUMBER, project.number());
    form.put(HiringProcess.Vars.PROJECT_NAME, project.name());
    form.put(HiringProcess.Vars.CUSTOMER, "Цифрлық даму министрлігі");
    form.put(HiringProcess.Vars.GOALS, "Жобаны басқару");
    form.put(HiringProcess.Vars.PLANNED_DEADLINES, "2026 жылғы сәуір – 2027 жылғы наурыз");
    ProcessInstance started = startAs("bdlead", HiringProcess.KEY, form);
    // The business key is set by the registration step, after the start.
    return runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
  }

  private ProcessInstance startAs(String user, String processKey, Map<String, Object> form) {
    identityService.setAuthentication(user, groupsOf(user));
    try {
      return runtimeService.startProcessInstanceByKey(processKey, form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void completeAs(String user, Task task, Map<String, Object> form) {
    identityService.setAuthentication(user, groupsOf(user));
    try {
      taskService.complete(task.getId(), form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
  }

  private Task taskOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private static Map<String, Long> countsByStatus(JsonNode byStatus) {
    Map<String, Long> counts = new HashMap<>();
    byStatus.forEach(entry -> counts.put(entry.path("status").asText(), entry.path("count").asLong()));
    return counts;
  }

  private static JsonNode rowOf(JsonNode rows, String code) {
    return StreamSupport.stream(rows.spliterator(), false).filter(row -> code.equals(row.path("code").asText()))
        .findFirst().orElse(null);
  }

  private static JsonNode single(JsonNode array) {
    assertThat(array.size()).as(array.toString()).isEqualTo(1);
    return array.get(0);
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  private static Date instant(JsonNode value) {
    return Date.from(OffsetDateTime.parse(value.asText()).toInstant());
  }

  private static Date date(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }
}
