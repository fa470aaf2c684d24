package kz.jobalyq.escalation;

import static kz.jobalyq.escalation.ProblemEscalationProcess.ESCALATE;
import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.escalation.ProblemEscalationProcess.Vars;
import kz.jobalyq.organisation.DemoOrganisation;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.TasklistSession;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The weekly problem board (000 §14.2, §38.1) and a project group head's repeated absence from scrum (§24),
 * each done in Tasklist through its own buttons by the person holding the role: the steering committee reviews
 * the board Monday's timer made, reading the problems unresolved at base direction level on the form (in
 * Kazakh); the head of the project office recommends disciplinary action after a fourth missed scrum, reading
 * who missed how many scrums of which base direction (in Russian).
 */
@IntegrationTest
class ProblemBoardAndScrumTasklistBrowserTest {

  private static final String BOARD_COMMENT_FIELD = "Field_boardReviewComment";
  private static final String RECOMMENDATION_FIELD = "Field_recommendation";
  /** The radio options of {@code Field_recommendation}, in the form's order. */
  private static final int RECOMMEND_OPTION = 0;
  private static final String RECOMMENDATION_COMMENT_FIELD = "Field_recommendationComment";

  @LocalServerPort
  private int port;
  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private TestProjects projects;
  @Autowired
  private OrganisationService organisation;
  @Autowired
  private ProblemBoardService boards;
  @Autowired
  private ScrumService scrum;
  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void theSteeringCommitteeReviewsTheWeeklyBoardReadingItsProblemsInTasklist() {
    ProjectSummary project = projects.ordinary();
    String description = "Мердігер деректер орталығын уақтылы іске қоспады";
    ProcessInstance atDirection = raise(project, description);
    escalate(atDirection);
    ProcessInstance atGroup = raise(project, "Топ деңгейінде шешілетін мәселе");

    // Monday's timer, as the job executor would fire it, generates the board and gives the committee its task.
    Set<String> boardsBefore = openBoards();
    Job weekly = managementService.createJobQuery().processDefinitionKey(ProblemBoardProcess.KEY).timers()
        .singleResult();
    managementService.executeJob(weekly.getId());
    ProcessInstance board = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProblemBoardProcess.KEY)
        .list().stream().filter(instance -> !boardsBefore.contains(instance.getId())).findFirst().orElseThrow();
    assertThat(board).isWaitingAt(ProblemBoardProcess.TASK_REVIEW);
    Task review = task(board);
    String week = (String) runtimeService.getVariable(board.getId(), ProblemBoardProcess.BOARD_WEEK);
    long boardId = ((Number) runtimeService.getVariable(board.getId(), ProblemBoardProcess.BOARD_ID)).longValue();
    // The board belongs to no one project: the steering committee's group has it, "committee" among them.
    assertThat(review).hasCandidateGroup(Role.STEERING_COMMITTEE.groupId());
    assertThat(identityService.createUserQuery().memberOfGroup(Role.STEERING_COMMITTEE.groupId()).list())
        .extracting(User::getId).contains("committee");

    try (Browser browser = Browser.open("kk")) {
      browser.run("problem-board-kk", () -> {
        TasklistSession committee = TasklistSession.signIn(browser, port, "committee", "kk");
        committee.openTask(week, "Проблемалық мәселелер тақтасын қарау");
        String shown = committee.formText();
        // The week, the problem unresolved at base direction level under its base direction, with its project,
        // what happened, the level it stands at and how long it is open; not the one still at group level.
        assertThat(shown).contains("Проблемалық мәселелер тақтасы · " + week, "Шешілмеген проблемалар: ",
            project.baseDirectionName(), atDirection.getBusinessKey() + " · " + project.number() + " «"
                + project.name() + "»: " + description + " — " + EscalationLevel.BASE_DIRECTION.kazakhName()
                + ", маңыздылығы: ", " күн",
            "Комитеттің шешімі / түсініктеме")
            .doesNotContain(atGroup.getBusinessKey(), "Тақта бос", "{{", "null", "**", "####");
        committee.capture("problem-board-review");
        committee.type(BOARD_COMMENT_FIELD, "Жеткізушімен келіссөзге жауапты тағайындалды");
        committee.completeAndWait();
      });
    }

    assertThat(board).isEnded().hasPassed(ProblemBoardProcess.TASK_GENERATE, ProblemBoardProcess.TASK_REVIEW,
        ProblemBoardProcess.END_REVIEWED);
    ProblemBoard reviewed = boards.board(boardId);
    assertThat(reviewed.getReviewedBy()).isEqualTo("committee");
    assertThat(reviewed.getReviewComment()).isEqualTo("Жеткізушімен келіссөзге жауапты тағайындалды");
    assertThat(boards.stored(boardId).directions()).flatExtracting(ProblemBoardService.BoardDirection::problems)
        .extracting(ProblemBoardService.BoardProblem::number).contains(atDirection.getBusinessKey())
        .doesNotContain(atGroup.getBusinessKey());
  }

  @Test
  void theHeadOfTheProjectOfficeRecommendsActionOnAFourthMissedScrumInRussian() {
    String absent = "pg" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(absent);
    user.setFirstName("Ерболат");
    user.setLastName("Сапаров");
    identityService.saveUser(user);
    String name = "Сапаров Ерболат";
    String direction = DemoOrganisation.CLEAN_KAZAKHSTAN_DIRECTION;
    String directionName = organisation.baseDirectionName(direction).orElseThrow();

    // The project office records each weekly scrum's attendance; the fourth absence in a row starts §24.
    LocalDate lastMeeting = LocalDate.now().minusDays(1);
    for (int weeksAgo = 3; weeksAgo >= 1; weeksAgo--) {
      assertThat(meeting(absent, direction, lastMeeting.minusWeeks(weeksAgo))).isEmpty();
    }
    List<Map<String, Object>> started = meeting(absent, direction, lastMeeting);
    assertThat(started).singleElement().satisfies(made -> assertThat(made).containsEntry("consecutiveAbsences", 4));
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId((String) started.get(0).get("processInstanceId")).singleResult();
    assertThat(instance).isWaitingAt(ScrumAbsenceProcess.TASK_RECOMMEND);
    // The head of the project office holds the role for the whole ministry: the task is the po-head group's.
    assertThat(task(instance)).hasCandidateGroup(Role.PO_HEAD.groupId());
    assertThat(identityService.createUserQuery().memberOfGroup(Role.PO_HEAD.groupId()).list())
        .extracting(User::getId).contains("pohead");

    try (Browser browser = Browser.open("ru")) {
      browser.run("scrum-absence-ru", () -> {
        TasklistSession head = TasklistSession.signIn(browser, port, "pohead", "ru");
        head.openTask(name, "Рекомендация о дисциплинарном взыскании");
        // Who missed how many scrums in a row, of which base direction, and the rule of §24, all in Russian.
        assertThat(head.formText()).contains(name, "Базовое направление: " + directionName + ".",
            "Пропущено скрам-встреч подряд: 4", "000 §24", "Рекомендация",
            // The four meetings by date, earliest first: what the recommendation is about.
            "Пропущенные встречи: " + Display.date(lastMeeting.minusWeeks(3)) + ", "
                + Display.date(lastMeeting.minusWeeks(2)) + ", " + Display.date(lastMeeting.minusWeeks(1)) + ", "
                + Display.date(lastMeeting),
            "Рекомендовать применение дисциплинарного взыскания", "Меры не требуются (уважительная причина)",
            "Обоснование / комментарий")
            .doesNotContain("Ұсыным", "Қатарынан", "Негіздеме", ": —", "null", "{{", "Field is required", "Select");
        head.capture("scrum-absence-recommendation");
        head.choose(RECOMMENDATION_FIELD, RECOMMEND_OPTION);
        head.type(RECOMMENDATION_COMMENT_FIELD, "Четыре пропуска подряд без уважительной причины");
        head.completeAndWait();
      });
    }

    assertThat(instance).isEnded().hasPassed(ScrumAbsenceProcess.TASK_RECOMMEND, ScrumAbsenceProcess.END_RECORDED);
    assertThat(scrum.recommendationsFor(absent)).singleElement().satisfies(recommendation -> {
      assertThat(recommendation.getRecommendation()).isEqualTo("recommend");
      assertThat(recommendation.getConsecutiveAbsences()).isEqualTo(4);
      assertThat(recommendation.getProcessInstanceId()).isEqualTo(instance.getId());
      assertThat(jdbc.queryForMap("select decided_by, comment_text from disciplinary_recommendation where id = ?",
          recommendation.getId())).containsValues("pohead", "Четыре пропуска подряд без уважительной причины");
    });
  }

  /** Open weekly boards before Monday's timer fires (another test's may still be waiting). */
  private Set<String> openBoards() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProblemBoardProcess.KEY).list().stream()
        .map(ProcessInstance::getId).collect(Collectors.toSet());
  }

  /** A problem raised from a project's weekly report, as ProblemBoardAndScrumTest raises it. */
  private ProcessInstance raise(ProjectSummary project, String description) {
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.PROJECT_NUMBER, project.number());
    form.put(Vars.DESCRIPTION, description);
    form.put(Vars.SCHEDULE_AT_RISK, false);
    form.put(Vars.SEVERITY, "MEDIUM");
    form.put(Vars.PROPOSED_SOLUTIONS, "Басқа мердігер");
    // Raised from Tasklist by the project's team member: only the project's own people raise problems.
    identityService.setAuthentication("team", List.of(Role.PROJECT_TEAM.groupId()));
    try {
      return runtimeService.startProcessInstanceByKey(ProblemEscalationProcess.KEY, form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The project group head hands the problem up to the base direction level. */
  private void escalate(ProcessInstance problem) {
    complete(task(problem), Map.of(Vars.DECISION, ESCALATE, Vars.DECISION_COMMENT, "Топтың өкілеттігінен тыс"));
    assertThat(problem).hasPassed(ProblemEscalationProcess.TASK_ESCALATE)
        .isWaitingAt(ProblemEscalationProcess.TASK_DECIDE);
  }

  private List<Map<String, Object>> meeting(String userId, String direction, LocalDate date) {
    String body = "{\"baseDirectionCode\":\"" + direction + "\",\"meetingDate\":\"" + date
        + "\",\"attendance\":[{\"userId\":\"" + userId + "\",\"present\":false}]}";
    ResponseEntity<List<Map<String, Object>>> answer = rest.withBasicAuth("poadmin", "demo").exchange(
        "/api/escalation/scrum-meetings", HttpMethod.POST, json(body), new ParameterizedTypeReference<>() { });
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }
}
