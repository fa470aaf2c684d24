package kz.jobalyq.system.forms;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.escalation.EscalationService;
import kz.jobalyq.escalation.ProblemEscalationProcess;
import kz.jobalyq.organisation.DemoOrganisation;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.planning.operational.OperationalPlanProcess;
import kz.jobalyq.project.ProjectLifecycleProcess;
import kz.jobalyq.project.ProjectProposal;
import kz.jobalyq.project.ProjectService;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestLifecycles;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.security.IdentitySetup;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What Tasklist reads from the engine, as the person reads it: the record in view on the form, the form
 * and the names in their language, typed text never rendered as a link, refusals in their words.
 */
@IntegrationTest
class TasklistFormsTest {

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private TaskService taskService;
  @Autowired
  private TestChangeRequests changeRequests;
  @Autowired
  private TestProjects projects;
  @Autowired
  private ProjectService projectService;
  @Autowired
  private OrganisationService organisation;
  @Autowired
  private ObjectMapper json;
  @Autowired
  private TestLifecycles lifecycles;
  @Autowired
  private EscalationService escalations;

  @Test
  void theReviewFormShowsTheChangeSheetAsFiled() throws Exception {
    Task review = review(changeRequests.file());

    JsonNode variables = get("/engine-rest/task/" + review.getId() + "/form-variables", "lead", "kk");
    JsonNode view = json.readTree(variables.path("view").path("value").asText());

    assertThat(variables.path("view").path("type").asText()).isEqualTo("Json");
    assertThat(view.path("description").asText()).isEqualTo("Кестені 10 күнге жылжыту");
    assertThat(view.path("justification").asText()).isEqualTo("Мердігер жабдықты кешіктірді");
    assertThat(view.path("type").asText()).as("the filing form's own label").isEqualTo("Өзгерту");
    assertThat(view.path("subject").asText()).isEqualTo("Күнтізбелік жоспар-кесте");
    assertThat(view.path("project").asText()).contains(TestProjects.ORDINARY_NAME);
    assertThat(view.path("filedBy").asText()).as("escaped for markdown").endsWith("\\(team\\)");
  }

  @Test
  void theDecisionOfOneGroupKnowsThatGroupForItsHeaderAndItsFields() throws Exception {
    ProcessInstance filed = changeRequests.file();
    taskService.complete(review(filed).getId(), Map.of(ChangeRequestProcess.Vars.REVIEW_OUTCOME,
        ChangeRequestProcess.OUTCOME_ACCEPT));
    // A schedule shift changes the baseline: the project group head alone decides (§106.6).
    taskService.complete(taskOf(filed, ChangeRequestProcess.TASK_EVALUATE).getId(), Map.of(
        ChangeRequestProcess.Vars.SCHEDULE_SHIFT_DAYS, 10L, ChangeRequestProcess.Vars.COST_CHANGE, 0L));
    Task decision = taskOf(filed, ChangeRequestProcess.TASK_DECIDE);

    JsonNode variables = get("/engine-rest/task/" + decision.getId() + "/form-variables", "pghead", "ru");

    // The task holds no variable for its group; the form's Office-agreement field and header still read it.
    assertThat(taskService.getVariables(decision.getId())).doesNotContainKey(ChangeRequestProcess.Vars.APPROVER_GROUP);
    assertThat(variables.path(ChangeRequestProcess.Vars.APPROVER_GROUP).path("value").asText())
        .isEqualTo(Role.PROJECT_GROUP_HEAD.groupId());
    assertThat(shown(json.readTree(variables.path("view").path("value").asText()), "taskRole"))
        .isEqualTo(Role.PROJECT_GROUP_HEAD.russianName());
  }

  @Test
  void whatSomeoneTypedIsNeverAMarkdownLink() throws Exception {
    ProjectSummary project = projectService.register(new ProjectProposal("[Sign with EDS](https://evil.example/login)",
        DemoOrganisation.PUBLIC_APPEALS_GROUP, false, "Бастамашы", "Мақсат", null, null, BigDecimal.TEN), "pomanager");
    organisation.assignProjectRole(project.number(), "lead", Role.PROJECT_LEAD);
    organisation.assignProjectRole(project.number(), "team", Role.PROJECT_TEAM);
    Task review = review(changeRequests.file(project, "team"));
    taskService.setVariable(review.getId(), "projectName", project.name());

    JsonNode variables = get("/engine-rest/task/" + review.getId() + "/form-variables", "lead", "kk");

    String shown = variables.path("projectName").path("value").asText();
    assertThat(shown).isEqualTo("\\[Sign with EDS\\]\\(https\\://evil.example/login\\)");
    assertThat(json.readTree(variables.path("view").path("value").asText()).path("project").asText())
        .contains("\\[Sign with EDS\\]\\(https\\://evil");
    // A field the form edits keeps its value exactly.
    assertThat(variables.has("reviewOutcome")).isFalse();
  }

  @Test
  void aRussianReaderGetsTheFormAndTheTaskNameInRussian() {
    Task review = review(changeRequests.file());

    JsonNode form = get("/engine-rest/task/" + review.getId() + "/deployed-form", "lead", "ru");
    assertThat(form.toString()).contains("Принять на оценку", "Обоснование отказа").doesNotContain("Бағалауға қабылдау");
    JsonNode kazakh = get("/engine-rest/task/" + review.getId() + "/deployed-form", "lead", "kk");
    assertThat(kazakh.toString()).contains("Бағалауға қабылдау");

    JsonNode task = get("/engine-rest/task/" + review.getId(), "lead", "ru");
    assertThat(task.path("name").asText()).contains("Рассмотрение запроса на изменение", TestProjects.ORDINARY_NAME)
        .startsWith("CR-");

    JsonNode filters = get("/engine-rest/filter?resourceType=Task", "lead", "ru");
    assertThat(filters.toString()).contains("Моя работа", "Руководитель проекта: Просроченные")
        .doesNotContain(IdentitySetup.FILTER_MY_WORK);
  }

  @Test
  void aTasksGroupsAreNamedInTheReadersLanguage() {
    String group = Role.PROJECT_GROUP_HEAD.groupId();

    assertThat(get("/engine-rest/group/" + group, "pghead", "ru").path("name").asText())
        .isEqualTo(Role.PROJECT_GROUP_HEAD.russianName()).isNotEqualTo(
            get("/engine-rest/group/" + group, "pghead", "kk").path("name").asText());
    JsonNode mine = get("/engine-rest/identity/groups?userId=pghead", "pghead", "ru").path("groups");
    assertThat(mine.findValuesAsText("name")).contains(Role.PROJECT_GROUP_HEAD.russianName());

    // The task's header in Tasklist names its candidate groups from the task's HAL answer.
    Task review = review(changeRequests.file());
    JsonNode groups = getHal("/engine-rest/task/" + review.getId(), "lead", "ru").path("_embedded").path("group");
    assertThat(groups.findValuesAsText("name")).contains(Role.PROJECT_LEAD.russianName())
        .doesNotContain(Role.PROJECT_LEAD.kazakhName());
    assertThat(getHal("/engine-rest/task/" + review.getId(), "lead", "kk").path("_embedded").path("group")
        .findValuesAsText("name")).contains(Role.PROJECT_LEAD.kazakhName());
  }

  @Test
  void aRefusalNamesTheFieldInTheUsersLanguageWithoutEngineWords() throws Exception {
    Task review = review(changeRequests.file());
    String body = "{\"variables\":{\"reviewOutcome\":{\"value\":\"refuse\"}}}";

    ResponseEntity<String> kk = post("/engine-rest/task/" + review.getId() + "/submit-form", body, "lead", "kk");
    assertThat(kk.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode kazakh = json.readTree(kk.getBody());
    assertThat(kazakh.path("field").asText()).isEqualTo(ChangeRequestProcess.Vars.REFUSAL_GROUNDS);
    assertThat(kazakh.path("message").asText()).isEqualTo("бас тартудың негіздемесі міндетті (000 §106.2)");

    ResponseEntity<String> ru = post("/engine-rest/task/" + review.getId() + "/submit-form", body, "lead", "ru");
    assertThat(json.readTree(ru.getBody()).path("message").asText())
        .isEqualTo("обоснование отказа обязательно (000 §106.2)");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
  }

  @Test
  void theEnginesEnglishNeverReachesTheUser() throws Exception {
    Task review = review(changeRequests.file(projects.elsewhere(), "team2"));

    ResponseEntity<String> claim = post("/engine-rest/task/" + review.getId() + "/claim", "{\"userId\":\"lead\"}",
        "lead", "ru");

    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    String message = json.readTree(claim.getBody()).path("message").asText();
    assertThat(message).startsWith("У вас нет прав на это действие").doesNotContain("permission", "does not have");
  }

  @Test
  void aVariableThatIsNullIsLeftOutSoTasklistSendsAListsRowsAsJson() throws Exception {
    Task review = review(changeRequests.file());
    taskService.setVariable(review.getId(), "proposals", null);

    JsonNode variables = get("/engine-rest/task/" + review.getId() + "/form-variables", "lead", "kk");

    // Tasklist sends edited rows with the type the variable had: "Null" made the engine refuse the form.
    assertThat(variables.has("proposals")).isFalse();
    assertThat(variables.has(ChangeRequestProcess.Vars.CHANGE_REQUEST_ID)).isTrue();
  }

  @Test
  void anOverviewWeComposeKeepsItsEmphasisButWhatWasTypedInItNeverLinks() throws Exception {
    Task review = review(changeRequests.file());
    taskService.setVariable(review.getId(), OperationalPlanProcess.Vars.PLAN_OVERVIEW,
        "**[Жоспар](https://evil.example)** — 2026 жылға");

    JsonNode variables = get("/engine-rest/task/" + review.getId() + "/form-variables", "lead", "kk");

    assertThat(variables.path(OperationalPlanProcess.Vars.PLAN_OVERVIEW).path("value").asText())
        .isEqualTo("**\\[Жоспар\\]\\(https\\://evil.example\\)** — 2026 жылға");
  }

  @Test
  void theInitiationDecisionShowsTheCharterAsTheLeadSubmittedIt() throws Exception {
    ProcessInstance project = lifecycles.propose(false, "lead");
    Task charter = taskService.createTaskQuery().processInstanceId(project.getId())
        .taskDefinitionKey(ProjectLifecycleProcess.TASK_FILL_CHARTER).singleResult();
    taskService.complete(charter.getId(), TestLifecycles.charter("GROUP", Map.of()));
    Task decision = taskService.createTaskQuery().processInstanceId(project.getId())
        .taskDefinitionKey(ProjectLifecycleProcess.TASK_DECIDE_INITIATION).singleResult();

    JsonNode variables = get("/engine-rest/task/" + decision.getId() + "/form-variables", "pghead", "kk");
    JsonNode view = json.readTree(variables.path("view").path("value").asText()).path("charter");

    assertThat(shown(view, "goal")).isEqualTo("Өтініштерді қарау мерзімін 30%-ға қысқарту");
    assertThat(shown(view, "plannedStart")).isEqualTo("01.04.2026");
    assertThat(shown(view, "plannedEnd")).isEqualTo("31.12.2026");
    assertThat(shown(view, "budget")).isEqualTo("150 000 000 ₸");
    assertThat(shown(view, "indicators")).isEqualTo("Қарау мерзімі, күн: 15 → 10 (31.12.2026)");
    assertThat(shown(view, "successCriteria")).isEqualTo("Өтініштердің 90%-ы электронды қабылданады");
    JsonNode form = get("/engine-rest/task/" + decision.getId() + "/deployed-form", "pghead", "ru");
    assertThat(form.toString()).contains("{{view.charter.goal}}", "Цель проекта").doesNotContain("goal = null");
  }

  @Test
  void thePlanAgreementShowsThePlanItsScheduleAsATableAndItsWarningsInTheReadersLanguage() throws Exception {
    ProcessInstance project = lifecycles.propose(false, "lead");
    completeTask(project, ProjectLifecycleProcess.TASK_FILL_CHARTER, TestLifecycles.charter("GROUP", Map.of()));
    completeTask(project, ProjectLifecycleProcess.TASK_DECIDE_INITIATION, TestLifecycles.decision(
        ProjectLifecycleProcess.Vars.INITIATION_DECISION, ProjectLifecycleProcess.IMPLEMENT,
        ProjectLifecycleProcess.Vars.INITIATION_COMMENT, "Іске асыруға"));
    completeTask(project, ProjectLifecycleProcess.TASK_PREPARE_PLAN, TestLifecycles.plan("2026-04-06"));
    Task agreement = taskOf(project, ProjectLifecycleProcess.TASK_AGREE_PLAN);

    JsonNode russian = get("/engine-rest/task/" + agreement.getId() + "/form-variables", "pghead", "ru");
    JsonNode rows = json.readTree(russian.path("planRows").path("value").asText());
    JsonNode view = json.readTree(russian.path("view").path("value").asText());

    assertThat(rows.path("schedule")).hasSize(5);
    assertThat(rows.path("schedule").get(0).path("wbsCode").asText()).isEqualTo("1.1");
    assertThat(rows.path("schedule").get(0).path("start").asText()).isEqualTo("06.04.2026");
    assertThat(rows.path("schedule").get(4).path("controlPoint").asText()).isEqualTo("✓");
    assertThat(rows.path("team").get(0).path("name").asText()).as("a table's cell is plain text, not escaped")
        .isEqualTo("Исаев Руслан");
    assertThat(rows.path("team").get(0).path("format").asText()).isEqualTo("Полная занятость");
    assertThat(rows.path("stakeholders").get(0).path("influence").asText()).isEqualTo("Сильная");
    assertThat(rows.path("funding").get(0).path("amount").asText()).isEqualTo("150 000 000 ₸");
    assertThat(view.path("plan").path("version").asInt()).isEqualTo(1);
    assertThat(shown(view.path("plan"), "totalFunding")).isEqualTo("150 000 000 ₸");
    // The April schedule seen from today (after the charter's start): none of it in the next 30 days (§67).
    assertThat(shown(view.path("plan"), "warnings")).startsWith("на ближайшие 30 дней запланировано работ: 0");
    JsonNode kazakh = json.readTree(get("/engine-rest/task/" + agreement.getId() + "/form-variables", "pghead",
        "kk").path("planRows").path("value").asText());
    assertThat(kazakh.path("team").get(0).path("format").asText()).isEqualTo("Толық жұмыспен");
    JsonNode form = get("/engine-rest/task/" + agreement.getId() + "/deployed-form", "pghead", "ru");
    assertThat(form.toString()).contains("\"dataSource\":\"=planRows.schedule\"", "Код ИСР", "Карта рисков");
  }

  @Test
  void theConfirmationOfResultsShowsTheFinalReportFromOurTables() throws Exception {
    ProcessInstance project = lifecycles.propose(false, "lead");
    lifecycles.throughPlanning(project, "GROUP");
    completeTask(project, ProjectLifecycleProcess.TASK_WEEKLY_REPORT, TestLifecycles.weeklyReport(true));
    completeTask(project, ProjectLifecycleProcess.TASK_PREPARE_FINAL_REPORT, TestLifecycles.finalReport());
    Task confirmation = taskOf(project, ProjectLifecycleProcess.TASK_CONFIRM_RESULTS);

    JsonNode variables = get("/engine-rest/task/" + confirmation.getId() + "/form-variables", "pghead", "kk");
    JsonNode report = json.readTree(variables.path("view").path("value").asText()).path("finalReport");

    assertThat(shown(report, "goalAndResults")).isEqualTo("Мақсатқа қол жеткізілді: мерзім 10 күн");
    assertThat(shown(report, "budgetSpent")).isEqualTo("142 500 000 ₸");
    assertThat(shown(report, "resultsHandover")).isEqualTo("Жүйе пайдалануға берілді");
    assertThat(report.path("round").asInt()).isEqualTo(1);
  }

  private void completeTask(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    taskService.complete(taskOf(instance, taskKey).getId(), variables);
  }

  private Task taskOf(ProcessInstance instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  @Test
  void theProblemDecisionShowsTheProblemAsRaised() throws Exception {
    ProjectSummary project = projects.ordinary();
    String number = escalations.raiseFromWeeklyReport(project.number(), "Жабдық жеткізілмеді", null,
        LocalDate.of(2027, 3, 1), "lead");
    Task decision = taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(ProblemEscalationProcess.TASK_DECIDE).singleResult();

    JsonNode variables = get("/engine-rest/task/" + decision.getId() + "/form-variables", "pghead", "kk");
    JsonNode view = json.readTree(variables.path("view").path("value").asText());

    assertThat(shown(view, "description")).isEqualTo("Жабдық жеткізілмеді");
    assertThat(shown(view, "dateAtRisk")).isEqualTo("01.03.2027");
    assertThat(shown(view, "project")).contains(project.number(), TestProjects.ORDINARY_NAME);
    assertThat(shown(view, "raisedAt")).isNotBlank();
  }

  /** A view's text as the reader sees it once the form's markdown has been rendered (escapes gone). */
  private static String shown(JsonNode view, String name) {
    return view.path(name).asText().replaceAll("\\\\(.)", "$1");
  }

  private Task review(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ChangeRequestProcess.TASK_REVIEW).singleResult();
  }

  private JsonNode get(String url, String user, String language) {
    ResponseEntity<JsonNode> answer = rest.withBasicAuth(user, "demo")
        .exchange(url, HttpMethod.GET, new HttpEntity<>(headers(language)), JsonNode.class);
    assertThat(answer.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private JsonNode getHal(String url, String user, String language) {
    HttpHeaders headers = headers(language);
    headers.setAccept(List.of(MediaType.valueOf("application/hal+json")));
    ResponseEntity<JsonNode> answer = rest.withBasicAuth(user, "demo")
        .exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    assertThat(answer.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private ResponseEntity<String> post(String url, String body, String user, String language) {
    HttpHeaders headers = headers(language);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  private static HttpHeaders headers(String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, UserLanguage.COOKIE + "=" + language);
    return headers;
  }
}
