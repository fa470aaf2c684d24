package kz.jobalyq.escalation;

import static kz.jobalyq.escalation.ProblemEscalationProcess.ESCALATE;
import static kz.jobalyq.escalation.ProblemEscalationProcess.RESOLVE;
import static kz.jobalyq.escalation.ProblemEscalationProcess.SEND_BACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.escalation.ProblemEscalationProcess.Vars;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.project.ProjectProposal;
import kz.jobalyq.project.ProjectService;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.security.Role;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import static kz.jobalyq.support.Http.json;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of problem-escalation.bpmn (seed 000 §99–§100) on the real engine and tables. */
@IntegrationTest
class ProblemEscalationProcessTest {

  /** Thursday 19 March 2026, 10:00 in Astana, the day before Nauryz's run of days off. */
  private static final Date RAISED = date("2026-03-19T10:00:00+05:00");

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private EscalationService escalation;
  @Autowired
  private ScrumService scrum;
  @Autowired
  private OrganisationService organisation;
  @Autowired
  private ProjectService projects;
  @Autowired
  private TestProjects testProjects;
  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private DecisionLog decisionLog;

  @BeforeEach
  void setUp() {
    init(engine);
    ClockUtil.setCurrentTime(RAISED);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aProblemIsRegisteredToldAboutPutOnTheAgendaAndResolvedAtTheFirstLevel() {
    ProjectSummary project = testProjects.ordinary();
    scrum.setSchedule(project.baseDirectionCode(), DayOfWeek.TUESDAY, "10:00", "poadmin");

    ProcessInstance instance = raise(project, "LOW", false, null);

    assertThat(instance.getBusinessKey()).startsWith("PRB-" + project.number() + "-");
    Task decision = task(instance);
    assertThat(decision).hasDefinitionKey(ProblemEscalationProcess.TASK_DECIDE)
        .hasCandidateGroupAssociated("project-group-head")
        .hasName(instance.getBusinessKey() + " · Проблема бойынша шешім (Жобалар тобының жетекшісі) — Мердігер жабдықты жеткізбеді");
    // Three working days at the first level without schedule risk: 20, 26, 27 March (Nauryz is off).
    assertThat(decision.getDueDate()).isEqualTo(date("2026-03-27T23:59:59+05:00"));
    ProblemIssue problem = escalation.getByNumber(instance.getBusinessKey());
    assertThat(problem.getStatus()).isEqualTo(ProblemStatus.OPEN);
    assertThat(problem.getCurrentLevel()).isEqualTo(1);
    // The nearest scrum is the next Tuesday, 24 March; it is a moved day off, so the next working day.
    assertThat(escalation.agendaOf(problem.getId())).extracting(MeetingAgendaItem::getMeetingDate)
        .containsExactly(LocalDate.parse("2026-03-26"));
    // §99 names who is told at once: the project group head, the implementation group lead and the
    // head of the ministry's project office (and the coordinator, when the project has one) — no one else.
    assertThat(notices("project-group-head", instance.getBusinessKey())).isOne();
    assertThat(notices("bd-group-lead", instance.getBusinessKey())).isOne();
    assertThat(notices("po-head", instance.getBusinessKey())).isOne();
    assertThat(notices("po-chief-manager", instance.getBusinessKey())).isZero();

    complete(decision, Map.of(Vars.DECISION, RESOLVE, Vars.DECISION_COMMENT, "Мердігермен келісілді"));

    assertThat(instance).isEnded().hasPassed(ProblemEscalationProcess.END_RESOLVED);
    ProblemIssue resolved = escalation.getByNumber(instance.getBusinessKey());
    assertThat(resolved.getStatus()).isEqualTo(ProblemStatus.RESOLVED);
    assertThat(resolved.getResolvedLevel()).isEqualTo(1);
    assertThat(resolved.getResolution()).isEqualTo("Мердігермен келісілді");
  }

  @Test
  void withoutAScrumScheduleTheProblemGoesOnTheNextWorkingDaysAgenda() {
    ProjectSummary project = projectUnder("BD-1");

    ProcessInstance instance = raise(project, "LOW", false, null);

    assertThat(escalation.agendaOf(escalation.getByNumber(instance.getBusinessKey()).getId()))
        .extracting(MeetingAgendaItem::getMeetingDate).containsExactly(LocalDate.parse("2026-03-20"));
  }

  @Test
  void aProblemIsEscalatedByHandThroughEveryLevelAndTheCuratorsDecisionClosesIt() {
    ProcessInstance instance = raise(testProjects.ordinary(), "MEDIUM", false, null);

    escalateFrom(instance, "project-group-head");
    assertThat(task(instance)).hasCandidateGroupAssociated("base-direction-head").hasCandidateGroupAssociated("po-head");
    escalateFrom(instance, "base-direction-head");
    assertThat(task(instance)).hasCandidateGroupAssociated("programme-head").hasCandidateGroupAssociated("national-office");
    escalateFrom(instance, "programme-head");
    Task curator = task(instance);
    assertThat(curator).hasCandidateGroupAssociated("national-priority-curator");
    assertThat(taskService.getVariable(curator.getId(), Vars.TOP_LEVEL)).isEqualTo(true);

    // The top level cannot escalate further.
    assertThatThrownBy(() -> complete(curator, Map.of(Vars.DECISION, ESCALATE, Vars.DECISION_COMMENT, "Жоғары")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("problemDecision: Жалпыұлттық "
            + "басымдықтың кураторы — ең жоғары деңгей: мұндағы шешім проблеманы жабады");
    complete(curator, Map.of(Vars.DECISION, RESOLVE, Vars.DECISION_COMMENT, "Қаржыландыру қайта бөлінді"));

    assertThat(instance).isEnded();
    ProblemIssue problem = escalation.getByNumber(instance.getBusinessKey());
    assertThat(problem.getResolvedLevel()).isEqualTo(4);
    assertThat(problem.getHighestLevel()).isEqualTo(4);
  }

  @Test
  void aLevelThatTakesNoMeasureInTimeHandsAProblemThatThreatensTheScheduleUpByItself() {
    ProcessInstance instance = raise(testProjects.ordinary(), "MEDIUM", true, "2026-04-15");

    // Schedule at risk: two working days, across Nauryz: 20 and 26 March.
    assertThat(task(instance).getDueDate()).isEqualTo(date("2026-03-26T23:59:59+05:00"));
    ClockUtil.setCurrentTime(date("2026-03-27T08:00:00+05:00"));
    execute(job(ProblemEscalationProcess.BOUNDARY_REACTION_TIME_EXPIRED, instance));

    Task secondLevel = task(instance);
    assertThat(secondLevel).hasCandidateGroupAssociated("base-direction-head");
    // Counted from 27 March: 30 and 31 March.
    assertThat(secondLevel.getDueDate()).isEqualTo(date("2026-03-31T23:59:59+05:00"));
    ProblemIssue problem = escalation.getByNumber(instance.getBusinessKey());
    assertThat(problem.getCurrentLevel()).isEqualTo(2);
    assertThat(problem.getAutomaticEscalations()).isEqualTo(1);
  }

  @Test
  void withoutScheduleRiskAnExpiredReactionTimeKeepsTheProblemAtItsLevel() {
    ProcessInstance instance = raise(testProjects.ordinary(), "LOW", false, null);
    ClockUtil.setCurrentTime(date("2026-03-28T08:00:00+05:00"));

    execute(job(ProblemEscalationProcess.BOUNDARY_REACTION_TIME_EXPIRED, instance));

    assertThat(task(instance)).hasCandidateGroupAssociated("project-group-head");
    assertThat(escalation.getByNumber(instance.getBusinessKey()).getAutomaticEscalations()).isZero();
  }

  @Test
  void aLevelSendsTheProblemBackForInformationAndGetsItAgain() {
    ProcessInstance instance = raise(testProjects.ordinary(), "LOW", false, null);
    complete(task(instance), Map.of(Vars.DECISION, SEND_BACK, Vars.DECISION_COMMENT, "Шығын есебін қосыңыз"));

    Task information = task(instance);
    assertThat(information).hasDefinitionKey(ProblemEscalationProcess.TASK_PROVIDE_INFORMATION)
        .hasCandidateGroupAssociated("project-lead");
    assertThat(escalation.getByNumber(instance.getBusinessKey()).getStatus()).isEqualTo(ProblemStatus.INFO_REQUESTED);
    complete(information, Map.of(Vars.INFORMATION, "Шығын 12 млн теңге"));

    assertThat(task(instance)).hasDefinitionKey(ProblemEscalationProcess.TASK_DECIDE)
        .hasCandidateGroupAssociated("project-group-head");
    assertThat(escalation.getByNumber(instance.getBusinessKey()).getStatus()).isEqualTo(ProblemStatus.OPEN);
  }

  @Test
  void aProblemForAnUnknownProjectIsRefused() {
    Map<String, Object> form = form("PRJ-1999-0001", "LOW", false, null);

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ProblemEscalationProcess.KEY, form))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("projectNumber: PRJ-1999-0001 нөмірлі жоба жоқ");
    // A Russian reader is told in Russian.
    UserLanguage.serve(UserLanguage.RU, () -> assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(
        ProblemEscalationProcess.KEY, form))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("projectNumber: проекта с номером PRJ-1999-0001 нет"));
  }

  @Test
  void aProblemIsRaisedOnlyByThoseWhoHoldARoleOnTheProject() {
    ProjectSummary project = testProjects.ordinary();

    // team2 is on another project's team: the group alone does not let them raise problems here (§96).
    assertThatThrownBy(() -> raise(project, "team2", Role.PROJECT_TEAM, "HIGH"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("projectNumber: team2 — " + project.number() + " жобасында рөлі жоқ");
    // The project's team member and its group's head (a role above the project) raise them.
    assertThat(raise(project, "team", Role.PROJECT_TEAM, "HIGH")).isWaitingAt(ProblemEscalationProcess.TASK_DECIDE);
    assertThat(raise(project, "pghead", Role.PROJECT_GROUP_HEAD, "LOW"))
        .isWaitingAt(ProblemEscalationProcess.TASK_DECIDE);
  }

  @Test
  void theProjectLeadEscalatesThroughTheSystemWhenTheLevelTakesNoMeasureAndTheScheduleIsAtRisk() {
    ProcessInstance instance = raise(testProjects.ordinary(), "LOW", false, null);
    String number = instance.getBusinessKey();
    assertThat(task(instance)).hasCandidateGroupAssociated("project-group-head");
    String url = "/api/escalation/problems/" + number + "/lead-escalations";

    // §100 escalates only when the schedule is at risk: a problem raised without a date at risk needs one.
    ResponseEntity<String> noDate = rest.withBasicAuth("lead", "demo").postForEntity(url,
        json("{\"reason\":\"Жобалар тобының жетекшісі шара қабылдамады\"}"), String.class);
    assertThat(noDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noDate.getBody()).contains("dateAtRisk");
    // Only the project lead escalates this way.
    assertThat(rest.withBasicAuth("customer", "demo").postForEntity(url, json("{\"reason\":\"x\","
        + "\"dateAtRisk\":\"2026-04-30\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // A project nobody leads yet (its group's head raises the problem): no holder of the lead role elsewhere
    // escalates its problems.
    String unled = raise(testProjects.withoutPeople(), "pghead", Role.PROJECT_GROUP_HEAD, "LOW").getBusinessKey();
    assertThat(rest.withBasicAuth("lead", "demo").postForEntity("/api/escalation/problems/" + unled
        + "/lead-escalations", json("{\"reason\":\"x\",\"dateAtRisk\":\"2026-04-30\"}"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(escalation.getByNumber(unled).getCurrentLevel()).isEqualTo(1);

    ResponseEntity<String> escalated = rest.withBasicAuth("lead", "demo").postForEntity(url,
        json("{\"reason\":\"Жобалар тобының жетекшісі шара қабылдамады\",\"dateAtRisk\":\"2026-04-30\"}"),
        String.class);

    assertThat(escalated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(task(instance)).hasCandidateGroupAssociated("base-direction-head").hasCandidateGroupAssociated("po-head");
    ProblemIssue problem = escalation.getByNumber(number);
    assertThat(problem.getCurrentLevel()).isEqualTo(2);
    assertThat(problem.isScheduleAtRisk()).isTrue();
    assertThat(problem.getDateAtRisk()).isEqualTo(LocalDate.parse("2026-04-30"));
    assertThat(decisionLog.historyOf(ProblemEscalationProcess.RECORD_TYPE, problem.getId()))
        .anySatisfy(decision -> {
          assertThat(decision.getDecidedBy()).isEqualTo("lead");
          assertThat(decision.getOutcome()).isEqualTo("ESCALATED_BY_LEAD_FROM_LEVEL_1_TO_LEVEL_2");
          assertThat(decision.getComment()).isEqualTo("Жобалар тобының жетекшісі шара қабылдамады");
        });

    // From Tasklist: the lead's start form sends it on to the curator.
    identityService.setAuthentication("lead", List.of("project-lead"));
    ProcessInstance request;
    try {
      // A refusal points at the start form's own field.
      assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(LeadEscalationProcess.KEY, Map.of(
          LeadEscalationProcess.Vars.PROBLEM_NUMBER, number, LeadEscalationProcess.Vars.TARGET_LEVEL, "4")))
          .isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("escalationReason: қандай пәрменді шара қабылданбағанын жазыңыз (000 §100)");
      assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(LeadEscalationProcess.KEY, Map.of(
          LeadEscalationProcess.Vars.PROBLEM_NUMBER, "PRB-NONE-1", LeadEscalationProcess.Vars.REASON, "Шара жоқ")))
          .isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("problemNumber: PRB-NONE-1 нөмірлі проблема жоқ");
      request = runtimeService.startProcessInstanceByKey(LeadEscalationProcess.KEY, Map.of(
          LeadEscalationProcess.Vars.PROBLEM_NUMBER, number, LeadEscalationProcess.Vars.TARGET_LEVEL, "4",
          LeadEscalationProcess.Vars.REASON, "Деңгей екі апта шешім қабылдамады"));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(request).isEnded().hasPassed(LeadEscalationProcess.END_ESCALATED);
    assertThat(task(instance)).hasCandidateGroupAssociated("national-priority-curator");
    // At the top there is nowhere left to go.
    assertThat(rest.withBasicAuth("lead", "demo").postForEntity(url, json("{\"reason\":\"x\"}"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  private void escalateFrom(ProcessInstance instance, String group) {
    Task decision = task(instance);
    assertThat(decision).hasCandidateGroupAssociated(group);
    complete(decision, Map.of(Vars.DECISION, ESCALATE, Vars.DECISION_COMMENT, "Деңгейдің өкілеттігінен тыс"));
  }

  private ProcessInstance raise(ProjectSummary project, String severity, boolean scheduleAtRisk, String dateAtRisk) {
    return raise("team", Role.PROJECT_TEAM, form(project.number(), severity, scheduleAtRisk, dateAtRisk));
  }

  /** The start form submitted by {@code user} as a member of {@code role}'s group, schedule not at risk. */
  private ProcessInstance raise(ProjectSummary project, String user, Role role, String severity) {
    return raise(user, role, form(project.number(), severity, false, null));
  }

  private ProcessInstance raise(String user, Role role, Map<String, Object> form) {
    identityService.setAuthentication(user, List.of(role.groupId()));
    try {
      return runtimeService.startProcessInstanceByKey(ProblemEscalationProcess.KEY, form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static Map<String, Object> form(String projectNumber, String severity, boolean scheduleAtRisk,
      String dateAtRisk) {
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.PROJECT_NUMBER, projectNumber);
    form.put(Vars.DESCRIPTION, "Мердігер жабдықты жеткізбеді");
    form.put(Vars.DATE_AT_RISK, dateAtRisk);
    form.put(Vars.SCHEDULE_AT_RISK, scheduleAtRisk);
    form.put(Vars.SEVERITY, severity);
    form.put(Vars.PROPOSED_SOLUTIONS, "Басқа жеткізушіні тарту");
    form.put(Vars.SUGGESTED_LEVEL, null);
    return form;
  }

  private ProjectSummary projectUnder(String baseDirectionCode) {
    String groupCode = "PG-T-" + UUID.randomUUID().toString().substring(0, 8);
    organisation.createProjectGroup(baseDirectionCode, groupCode, "Сынақ жобалар тобы");
    ProjectSummary project = projects.register(new ProjectProposal("Сынақ жобасы", groupCode, false, "Бастамашы",
        "Мақсат", null, null, null), "pomanager");
    // Its team member raises the problems: only the project's own people raise them.
    organisation.assignProjectRole(project.number(), "team", Role.PROJECT_TEAM);
    return project;
  }

  private long notices(String group, String problemNumber) {
    // Notices are tasks of their own, without a process.
    return taskService.createTaskQuery().taskCandidateGroup(group).taskNameLike(problemNumber + " · %").list()
        .stream().filter(notice -> notice.getProcessInstanceId() == null).count();
  }

  private static Date date(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }
}
