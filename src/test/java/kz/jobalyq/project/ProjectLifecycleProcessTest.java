package kz.jobalyq.project;

import static kz.jobalyq.project.ProjectLifecycleProcess.APPROVE;
import static kz.jobalyq.project.ProjectLifecycleProcess.CLOSE;
import static kz.jobalyq.project.ProjectLifecycleProcess.CONFIRM;
import static kz.jobalyq.project.ProjectLifecycleProcess.REFINE;
import static kz.jobalyq.project.ProjectLifecycleProcess.REFUSE;
import static kz.jobalyq.project.ProjectLifecycleProcess.REJECT;
import static kz.jobalyq.project.ProjectLifecycleProcess.RETURN;
import static kz.jobalyq.support.TestLifecycles.charter;
import static kz.jobalyq.support.TestLifecycles.decision;
import static kz.jobalyq.support.TestLifecycles.finalReport;
import static kz.jobalyq.support.TestLifecycles.plan;
import static kz.jobalyq.support.TestLifecycles.planWithSchedule;
import static kz.jobalyq.support.TestLifecycles.weeklyReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.support.ArchivedPdf;
import kz.jobalyq.support.TestLifecycles;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.security.Role;
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
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Every path of project-lifecycle.bpmn (seed 000 §57–§123, seed 001 §47–§50) on the real engine and tables. */
@IntegrationTest
class ProjectLifecycleProcessTest {

  /** Wednesday 1 April 2026, 10:00 in Astana: the charter's planned start. */
  private static final Date START = date("2026-04-01T10:00:00+05:00");

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private TestLifecycles lifecycles;
  @Autowired
  private ProjectService projects;
  @Autowired
  private ProjectPlanningService planning;
  @Autowired
  private ProjectReportingService reporting;
  @Autowired
  private ProjectClosureService closure;
  @Autowired
  private OrganisationService organisation;
  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private kz.jobalyq.archive.ArchiveService archive;

  @BeforeEach
  void setUp() {
    init(engine);
    ClockUtil.setCurrentTime(START);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aProjectGoesStraightThroughToClosedAndIsEvaluatedWithinFifteenWorkingDays() {
    ProcessInstance instance = lifecycles.propose(false);

    assertThat(instance.getBusinessKey()).matches("PRJ-2026-\\d{4}");
    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_FILL_CHARTER);
    assertThat(task(instance)).hasCandidateGroupAssociated(Role.PROJECT_LEAD.groupId())
        .hasName(instance.getBusinessKey() + " · Жоба жарғысын толтыру — Азаматтардың өтініштерін цифрлық қабылдау");
    assertStatus(instance, ProjectStatus.INITIATIVE, ProjectPhase.INITIATION);

    complete(task(instance), charter("GROUP", Map.of()));
    assertThat(task(instance)).hasDefinitionKey(ProjectLifecycleProcess.TASK_DECIDE_INITIATION)
        .hasCandidateGroupAssociated(Role.PROJECT_GROUP_HEAD.groupId());
    complete(task(instance), decision(Vars.INITIATION_DECISION, ProjectLifecycleProcess.IMPLEMENT,
        Vars.INITIATION_COMMENT, "Іске асырылсын"));

    // Not a regulated project: straight to the management plan, status PROJECT (§65).
    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_PREPARE_PLAN);
    assertStatus(instance, ProjectStatus.PROJECT, ProjectPhase.PLANNING);
    complete(task(instance), plan("2026-04-06"));
    assertThat(instance).variables().doesNotContainKey("teamMembers").containsEntry(Vars.SCHEDULE_WARNINGS, null);
    complete(task(instance), decision(Vars.PLAN_AGREEMENT, ProjectLifecycleProcess.AGREE, Vars.PLAN_COMMENT, "Келісемін"));
    assertThat(task(instance)).hasDefinitionKey(ProjectLifecycleProcess.TASK_APPROVE_BASELINE)
        .hasCandidateGroupAssociated(Role.BD_GROUP_LEAD.groupId());
    identityService.setAuthentication("bdlead", List.of(Role.BD_GROUP_LEAD.groupId()));
    complete(task(instance), decision(Vars.BASELINE_DECISION, APPROVE, Vars.BASELINE_COMMENT, "Бекітемін"));
    identityService.clearAuthentication();

    Long projectId = projectId(instance);
    ProjectBaseline baseline = planning.currentBaseline(projectId).orElseThrow();
    assertThat(baseline.getVersion()).isEqualTo(1);
    assertThat(baseline.getPlannedEnd()).isEqualTo("2026-12-31");
    assertThat(baseline.getBudget()).isEqualByComparingTo("150000000");
    assertThat(baseline.getApprovedBy()).isEqualTo("bdlead");
    assertThat(baseline.getQualityTargets()).contains("Қарау мерзімі: 10 күн (2026-12-31)");
    assertThat(planning.schedule(projectId)).hasSize(5);

    // Execution: the weekly report of the week of 30 March is due on Friday 3 April.
    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_WEEKLY_REPORT);
    assertStatus(instance, ProjectStatus.PROJECT, ProjectPhase.EXECUTION);
    assertThat(task(instance).getDueDate()).isEqualTo(date("2026-04-03T23:59:59+05:00"));
    complete(task(instance), weeklyReport(true));

    assertThat(task(instance)).hasDefinitionKey(ProjectLifecycleProcess.TASK_PREPARE_FINAL_REPORT);
    assertStatus(instance, ProjectStatus.PROJECT, ProjectPhase.CLOSURE);
    complete(task(instance), finalReport());
    // Scale GROUP: the project group head confirms (closure-confirmation.dmn).
    assertThat(task(instance)).hasDefinitionKey(ProjectLifecycleProcess.TASK_CONFIRM_RESULTS)
        .hasCandidateGroupAssociated(Role.PROJECT_GROUP_HEAD.groupId());
    complete(task(instance), Map.of(Vars.CONFIRMATION_OUTCOME, CONFIRM, Vars.CONFIRMATION_COMMENT, "Расталды"));

    ProjectLifecycle closed = projects.find(projectId).orElseThrow();
    assertThat(closed.getStatus()).isEqualTo(ProjectStatus.CLOSED);
    // The final report with the decisions on it is in the project archive as a document (§119–§120).
    assertThat(ArchivedPdf.text(archive, instance.getBusinessKey(), instance.getBusinessKey(),
        kz.jobalyq.archive.DocumentType.FINAL_REPORT))
        .contains("жоспарлы аяқтау (§116, §119)", "Мақсатқа қол жеткізілді",
            "Нәтижелер расталды (" + Role.PROJECT_GROUP_HEAD.kazakhName() + ")")
        .doesNotContain("CONFIRMED_BY_");
    assertThat(closed.getArchiveSealedAt()).isNotNull();
    assertThat(closed.getPhase()).isEqualTo(ProjectPhase.EVALUATION);
    // 15 working days after Wednesday 1 April: 2, 3, 6–10, 13–17, 20, 21, 22 April.
    assertThat(task(instance)).hasDefinitionKey(ProjectLifecycleProcess.TASK_EVALUATION_REPORT)
        .hasCandidateGroupAssociated(Role.PORTFOLIO_CURATOR.groupId());
    assertThat(task(instance).getDueDate()).isEqualTo(date("2026-04-22T23:59:59+05:00"));
    complete(task(instance), Map.of("finalResult", "Мақсатқа жетті", "budgetAbsorptionPercent", 95L,
        "evaluationLessons", "Ерте жоспарлау", "evaluationConclusion", "Табысты"));

    assertThat(instance).isEnded().hasPassed(ProjectLifecycleProcess.END_CLOSED);
    assertThat(projects.find(projectId).orElseThrow().getPhase()).isEqualTo(ProjectPhase.COMPLETED);
    assertThat(closure.evaluationOf(projectId).getBudgetAbsorptionPercent()).isEqualByComparingTo("95");

    JsonNode trail = rest.withBasicAuth("pohead", "demo")
        .getForObject("/api/projects/" + instance.getBusinessKey() + "/lifecycle", JsonNode.class);
    assertThat(trail.path("status").asText()).isEqualTo("CLOSED");
    assertThat(trail.path("decisions").findValuesAsText("outcome"))
        .contains("CHARTER_V1", "IMPLEMENT", "PLAN_V1", "AGREE", "APPROVE", "FILED", "PLANNED_CLOSURE_PROPOSED",
            "CONFIRMED_BY_project-group-head", "EVALUATED");
    assertThat(trail.path("decisions").findValuesAsText("decidedBy")).contains("bdlead");
  }

  @Test
  void aCharterSentBackForRefinementReopensFilledInAndIsStoredAsANewVersion() {
    ProcessInstance instance = lifecycles.propose(false);
    complete(task(instance), charter("GROUP", Map.of("goal", "Бірінші нұсқа")));
    complete(task(instance), decision(Vars.INITIATION_DECISION, REFINE, Vars.INITIATION_COMMENT,
        "Индикаторларды нақтылаңыз"));

    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_FILL_CHARTER);
    Task rework = task(instance);
    assertThat(taskService.getVariables(rework.getId())).containsEntry("goal", "Бірінші нұсқа")
        .containsKey("targetIndicators");
    assertThat(taskService.getVariable(rework.getId(), Vars.INITIATION_COMMENT))
        .isEqualTo("Индикаторларды нақтылаңыз");
    complete(rework, charter("GROUP", Map.of("goal", "Екінші нұсқа")));

    ProjectCharter latest = planning.latestCharter(projectId(instance)).orElseThrow();
    assertThat(latest.getVersion()).isEqualTo(2);
    assertThat(latest.getGoal()).isEqualTo("Екінші нұсқа");
    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_DECIDE_INITIATION);
  }

  @Test
  void closingAtInitiationEndsTheProjectWithItsOwnStatus() {
    ProcessInstance instance = lifecycles.propose(false);
    complete(task(instance), charter("GROUP", Map.of()));
    complete(task(instance), decision(Vars.INITIATION_DECISION, CLOSE, Vars.INITIATION_COMMENT,
        "Басқа жобамен қайталанады"));

    assertThat(instance).isEnded().hasPassed(ProjectLifecycleProcess.END_CLOSED_AT_INITIATION);
    assertStatus(instance, ProjectStatus.CLOSED_AT_INITIATION, ProjectPhase.COMPLETED);
  }

  @Test
  void anInvalidCharterIsRefusedNamingEveryFieldAndNothingIsStored() {
    ProcessInstance instance = lifecycles.propose(false);
    Map<String, Object> invalid = new HashMap<>(charter("GROUP", Map.of("plannedStart", "2026-12-31",
        "plannedEnd", "2026-04-01", "budget", -5L)));
    invalid.put("targetIndicators", TestLifecycles.json("[]"));

    assertThatThrownBy(() -> complete(task(instance), invalid))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageStartingWith("plannedEnd: ")
        .hasMessageContaining("plannedEnd: жобаның аяқталуы жоспарланған күн (2026-04-01) басталуы жоспарланған "
            + "күннен (2026-12-31) ерте")
        .hasMessageContaining("budget: «Жоба бюджеті, теңге» өрісінің мәні теріс болмауы тиіс")
        .hasMessageContaining("targetIndicators: мақсаттың кемінде бір өлшенетін нысаналы индикаторы болуы тиіс");
    // A Russian reader gets the same refusal in Russian, each field by its Russian label.
    UserLanguage.serve(UserLanguage.RU, () -> assertThatThrownBy(() -> complete(task(instance), invalid))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("plannedEnd: плановая дата завершения проекта (2026-04-01) раньше плановой даты "
            + "начала (2026-12-31)")
        .hasMessageContaining("budget: значение поля «Бюджет проекта, тенге» не может быть отрицательным")
        .hasMessageContaining("targetIndicators: у цели должен быть хотя бы один измеримый целевой индикатор"));

    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_FILL_CHARTER);
    assertThat(planning.latestCharter(projectId(instance))).isEmpty();
  }

  @Test
  void aRegulatedProjectFormsItsTeamFirstAndAPlanGoesBackUntilAgreedAndApproved() {
    ProcessInstance instance = lifecycles.propose(true);
    complete(task(instance), charter("GROUP", Map.of()));
    complete(task(instance), decision(Vars.INITIATION_DECISION, ProjectLifecycleProcess.IMPLEMENT,
        Vars.INITIATION_COMMENT, "Іске асырылсын"));

    assertThat(task(instance)).hasDefinitionKey(ProjectLifecycleProcess.TASK_DECIDE_TEAM_FORMATION)
        .hasCandidateGroupAssociated(Role.BASE_DIRECTION_HEAD.groupId());
    complete(task(instance), Map.of("firstMeetingDate", "2026-04-02", "firstMeetingParticipants", "Жетекші, команда",
        "teamComposition", "Бес адамнан тұратын команда"));

    // Two tasks only in the next 30 days, and one of 12 days: §67 warns the approvers.
    complete(task(instance), planWithSchedule("[{\"wbsCode\":\"1\",\"taskName\":\"Талдау\",\"taskStart\":\"2026-04-06\","
        + "\"taskEnd\":\"2026-04-17\"},{\"wbsCode\":\"2\",\"taskName\":\"Әзірлеу\",\"taskStart\":\"2026-04-20\","
        + "\"taskEnd\":\"2026-04-24\"}]"));
    assertThat(instance).variables().extractingByKey(Vars.SCHEDULE_WARNINGS).asString()
        .contains("алдағы 30 күнде 2 жұмыс жоспарланған").contains("1 Талдау (12 күн)");
    complete(task(instance), decision(Vars.PLAN_AGREEMENT, RETURN, Vars.PLAN_COMMENT, "Кестені бөлшектеңіз"));

    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_PREPARE_PLAN);
    assertThat(taskService.getVariables(task(instance).getId())).containsKey("scheduleTasks");
    complete(task(instance), plan("2026-04-06"));
    assertThat(instance).variables().containsEntry(Vars.SCHEDULE_WARNINGS, null);
    complete(task(instance), decision(Vars.PLAN_AGREEMENT, ProjectLifecycleProcess.AGREE, Vars.PLAN_COMMENT, "Келісемін"));
    complete(task(instance), decision(Vars.BASELINE_DECISION, REFUSE, Vars.BASELINE_COMMENT, "Бюджетті негіздеңіз"));

    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_PREPARE_PLAN);
    assertThat(planning.currentBaseline(projectId(instance))).isEmpty();
    complete(task(instance), plan("2026-04-06"));
    complete(task(instance), decision(Vars.PLAN_AGREEMENT, ProjectLifecycleProcess.AGREE, Vars.PLAN_COMMENT, "Келісемін"));
    complete(task(instance), decision(Vars.BASELINE_DECISION, APPROVE, Vars.BASELINE_COMMENT, "Бекітемін"));

    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_WEEKLY_REPORT);
    assertThat(planning.latestPlan(projectId(instance)).orElseThrow().getVersion()).isEqualTo(3);
  }

  @Test
  void weeklyReportsOverThreeWeeksWithOneMissedTellTheProjectGroupHead() {
    ClockUtil.setCurrentTime(date("2026-04-06T09:00:00+05:00"));
    ProcessInstance instance = lifecycles.propose(false);
    lifecycles.throughPlanning(instance, "GROUP");
    Long projectId = projectId(instance);

    // Week 1 (6–10 April): filed on time.
    assertThat(task(instance).getDueDate()).isEqualTo(date("2026-04-10T23:59:59+05:00"));
    ClockUtil.setCurrentTime(date("2026-04-10T16:00:00+05:00"));
    complete(task(instance), weeklyReport(false));
    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TIMER_NEXT_WEEK);
    ClockUtil.setCurrentTime(date("2026-04-13T00:00:01+05:00"));
    execute(job(ProjectLifecycleProcess.TIMER_NEXT_WEEK, instance));

    // Week 2 (13–17 April): nothing filed by Friday; the project group head is told on Saturday.
    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_WEEKLY_REPORT);
    assertThat(task(instance).getDueDate()).isEqualTo(date("2026-04-17T23:59:59+05:00"));
    ClockUtil.setCurrentTime(date("2026-04-18T08:00:00+05:00"));
    execute(job(ProjectLifecycleProcess.BOUNDARY_REPORT_OVERDUE, instance));
    Task missed = task(ProjectLifecycleProcess.TASK_REPORT_MISSED, instance);
    assertThat(missed).hasCandidateGroupAssociated(Role.PROJECT_GROUP_HEAD.groupId());
    assertThat(task(ProjectLifecycleProcess.TASK_WEEKLY_REPORT, instance)).isNotNull();
    assertThat(reporting.reportsOf(projectId)).extracting(WeeklyReport::getStatus)
        .containsExactly(WeeklyReportStatus.FILED, WeeklyReportStatus.OVERDUE);

    // The lead files it late on Monday; week 3 starts at once, the group head records the measures.
    ClockUtil.setCurrentTime(date("2026-04-20T10:00:00+05:00"));
    complete(task(ProjectLifecycleProcess.TASK_WEEKLY_REPORT, instance), weeklyReport(false));
    execute(job(ProjectLifecycleProcess.TIMER_NEXT_WEEK, instance));
    complete(missed, Map.of(Vars.MISSED_REPORT_COMMENT, "Жетекшіге ескерту жасалды"));

    // Week 3 (20–24 April): filed on time, proposing closure.
    Task third = task(ProjectLifecycleProcess.TASK_WEEKLY_REPORT, instance);
    assertThat(third.getDueDate()).isEqualTo(date("2026-04-24T23:59:59+05:00"));
    complete(third, weeklyReport(true));

    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_PREPARE_FINAL_REPORT);
    assertThat(reporting.reportsOf(projectId)).extracting(WeeklyReport::getWeekStart, WeeklyReport::getStatus)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-04-06"), WeeklyReportStatus.FILED),
            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-04-13"), WeeklyReportStatus.FILED_LATE),
            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-04-20"), WeeklyReportStatus.FILED));
  }

  @Test
  void aProblemNamedInAWeeklyReportStartsItsEscalation() {
    ProcessInstance instance = lifecycles.propose(false);
    lifecycles.throughPlanning(instance, "GROUP");
    Map<String, Object> report = new HashMap<>(weeklyReport(false));
    report.put("escalationProblems", TestLifecycles.json("[{\"problemDescription\":\"Мердігер жабдықты бермеді\","
        + "\"decisionLevel\":\"BASE_DIRECTION_HEAD\",\"dateAtRisk\":\"2026-05-15\"}]"));

    complete(task(instance), report);

    assertThat(reporting.problemsOf(projectId(instance))).singleElement().satisfies(problem -> {
      assertThat(problem.getDescription()).isEqualTo("Мердігер жабдықты бермеді");
      assertThat(problem.getDecisionLevel()).isEqualTo(DecisionLevel.BASE_DIRECTION_HEAD);
      assertThat(problem.getDateAtRisk()).isEqualTo("2026-05-15");
      assertThat(problem.getStatus()).isEqualTo(ProblemStatus.ESCALATED);
      assertThat(problem.getEscalationNumber()).startsWith("PRB-" + instance.getBusinessKey() + "-");
      // The report's decision level is where the escalation starts (problem-escalation.bpmn).
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(problem.getEscalationNumber())
          .singleResult()).isNotNull();
      assertThat(taskService.createTaskQuery().processInstanceBusinessKey(problem.getEscalationNumber())
          .singleResult().getName())
          .endsWith("(Базалық бағыттың жетекшісі / министрліктің жобалық офисінің басшысы) — Мердігер жабдықты бермеді");
    });
  }

  @Test
  void resultsNotConfirmedSendTheProjectBackToExecutionWithTheReasons() {
    ProcessInstance instance = lifecycles.propose(false);
    lifecycles.throughPlanning(instance, "DIRECTION");
    complete(task(instance), weeklyReport(true));
    complete(task(instance), finalReport());

    // Scale DIRECTION: the project group head and the base direction head both confirm.
    List<Task> confirmations = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ProjectLifecycleProcess.TASK_CONFIRM_RESULTS).list();
    assertThat(confirmations).hasSize(2);
    assertThat(confirmations).extracting(t -> taskService.getVariable(t.getId(), Vars.CONFIRMER_GROUP))
        .containsExactlyInAnyOrder(Role.PROJECT_GROUP_HEAD.groupId(), Role.BASE_DIRECTION_HEAD.groupId());
    for (Task confirmation : confirmations) {
      boolean directionHead = Role.BASE_DIRECTION_HEAD.groupId()
          .equals(taskService.getVariable(confirmation.getId(), Vars.CONFIRMER_GROUP));
      complete(confirmation, directionHead
          ? Map.of(Vars.CONFIRMATION_OUTCOME, REJECT, Vars.CONFIRMATION_COMMENT, "Индикатор орындалмады")
          : Map.of(Vars.CONFIRMATION_OUTCOME, CONFIRM, Vars.CONFIRMATION_COMMENT, "Расталды"));
    }

    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_WEEKLY_REPORT);
    assertThat(instance).variables().containsEntry(Vars.RESULTS_CONFIRMED, false)
        .containsEntry(Vars.RETURN_REASONS, "base-direction-head: Индикатор орындалмады");
    assertStatus(instance, ProjectStatus.PROJECT, ProjectPhase.EXECUTION);
  }

  @Test
  void aRegulatedProjectIsForcedClosedThroughTheSteeringCommittee() {
    ProcessInstance instance = lifecycles.propose(true);
    lifecycles.throughPlanning(instance, "MINISTRY");
    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_WEEKLY_REPORT);

    identityService.setAuthentication("bdhead", List.of(Role.BASE_DIRECTION_HEAD.groupId()));
    runtimeService.startProcessInstanceByKey(ProjectForcedClosureProcess.KEY, Map.of(
        ProjectForcedClosureProcess.PROJECT_NUMBER, instance.getBusinessKey(),
        ProjectForcedClosureProcess.REASON, "COST_EXCEEDS_BENEFIT",
        ProjectForcedClosureProcess.JUSTIFICATION, "Шығын пайдадан екі есе көп"));
    identityService.clearAuthentication();

    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_PREPARE_FORCED_CLOSURE_REPORT);
    assertThat(task(instance)).hasCandidateGroupAssociated(Role.PROJECT_LEAD.groupId());
    complete(task(instance), finalReport());
    assertThat(task(instance)).hasDefinitionKey(ProjectLifecycleProcess.TASK_COMMITTEE_CLOSURE)
        .hasCandidateGroupAssociated(Role.STEERING_COMMITTEE.groupId());
    complete(task(instance), Map.of(Vars.COMMITTEE_DECISION, APPROVE, Vars.COMMITTEE_COMMENT,
        "Мәжбүрлеп аяқтау мақұлданды", "presentationReference", "Хаттама №7"));

    assertStatus(instance, ProjectStatus.FORCED_CLOSED, ProjectPhase.EVALUATION);
    assertThat(task(instance)).hasDefinitionKey(ProjectLifecycleProcess.TASK_EVALUATION_REPORT);
    assertThat(closure.finalReportsOf(projectId(instance))).extracting(FinalReport::getClosureType)
        .containsExactly(ClosureType.FORCED);
  }

  @Test
  void theSteeringCommitteeCanReturnARegulatedProjectToExecution() {
    ProcessInstance instance = lifecycles.propose(true);
    lifecycles.throughPlanning(instance, "GROUP");
    complete(task(instance), weeklyReport(true));
    complete(task(instance), finalReport());
    // Regulated: the base direction head and the customer confirm, then the committee decides.
    for (Task confirmation : taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ProjectLifecycleProcess.TASK_CONFIRM_RESULTS).list()) {
      complete(confirmation, Map.of(Vars.CONFIRMATION_OUTCOME, CONFIRM, Vars.CONFIRMATION_COMMENT, "Расталды"));
    }
    assertThat(task(instance)).hasDefinitionKey(ProjectLifecycleProcess.TASK_COMMITTEE_CLOSURE);

    complete(task(instance), Map.of(Vars.COMMITTEE_DECISION, RETURN, Vars.COMMITTEE_COMMENT,
        "Нәтижелер толық емес, орындауды жалғастыру"));

    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_WEEKLY_REPORT);
    assertStatus(instance, ProjectStatus.PROJECT, ProjectPhase.EXECUTION);
  }

  @Test
  void forcedClosureOfAProjectNotInExecutionIsRefused() {
    ProcessInstance instance = lifecycles.propose(false);

    assertThatThrownBy(() -> requestForcedClosure("bdhead", instance))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("projectNumber: " + instance.getBusinessKey() + " жобасы орындау кезеңінде емес "
            + "(қазір: Бастама, Бастамашылық ету кезеңі); мәжбүрлеп аяқтау орындалып жатқан жобаға ғана қолданылады");
    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_FILL_CHARTER);
  }

  @Test
  void anotherBaseDirectionsHeadCannotForceAProjectsClosure() {
    ProcessInstance instance = lifecycles.propose(false);
    lifecycles.throughPlanning(instance, "GROUP");
    long requestsBefore = forcedClosureRequests();

    // bdhead2 holds the same role on another base direction: the group alone does not entitle them (§121).
    assertThatThrownBy(() -> requestForcedClosure("bdhead2", instance))
        .hasMessageContaining("bdhead2 — " + instance.getBusinessKey()
            + " жобасының базалық бағытының жетекшісі де, тапсырыс берушісі де емес");
    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_WEEKLY_REPORT);
    assertStatus(instance, ProjectStatus.PROJECT, ProjectPhase.EXECUTION);
    assertThat(forcedClosureRequests()).isEqualTo(requestsBefore);
  }

  private long forcedClosureRequests() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProjectForcedClosureProcess.KEY).count();
  }

  @Test
  void theProjectsOwnCustomerMayForceItsClosure() {
    ProcessInstance instance = lifecycles.propose(false);
    lifecycles.throughPlanning(instance, "GROUP");
    organisation.assignProjectRole(instance.getBusinessKey(), "customer", Role.PROJECT_CUSTOMER);

    assertThatThrownBy(() -> requestForcedClosure("customer2", instance))
        .hasMessageContaining("customer2 — " + instance.getBusinessKey());
    requestForcedClosure("customer", instance);

    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_PREPARE_FORCED_CLOSURE_REPORT);
  }

  /** The forced-closure request's start form submitted by {@code user} as a member of the role's group. */
  private void requestForcedClosure(String user, ProcessInstance instance) {
    Role role = user.startsWith("customer") ? Role.PROJECT_CUSTOMER : Role.BASE_DIRECTION_HEAD;
    identityService.setAuthentication(user, List.of(role.groupId()));
    try {
      runtimeService.startProcessInstanceByKey(ProjectForcedClosureProcess.KEY, Map.of(
          ProjectForcedClosureProcess.PROJECT_NUMBER, instance.getBusinessKey(),
          ProjectForcedClosureProcess.REASON, "GOAL_NOT_RELEVANT",
          ProjectForcedClosureProcess.JUSTIFICATION, "Мақсат өзектілігін жойды"));
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void aProjectStartedFromAProposalOfAnotherFeatureLinksItsProcess() {
    ProcessInstance instance = projects.startFromProposal(new ProjectProposal("Бастамадан туған жоба",
        kz.jobalyq.organisation.DemoOrganisation.PUBLIC_APPEALS_GROUP, false, "Бастамашы",
        "Мақсат", null, null, new BigDecimal("1000000")), "po");

    assertThat(instance).isWaitingAt(ProjectLifecycleProcess.TASK_FILL_CHARTER);
    assertThat(projects.find(projectId(instance)).orElseThrow().getProcessInstanceId()).isEqualTo(instance.getId());
    assertThat(organisation.findProject(instance.getBusinessKey())).isPresent();
  }

  private Long projectId(ProcessInstance instance) {
    return ((Number) runtimeService.getVariable(instance.getId(), Vars.PROJECT_ID)).longValue();
  }

  private void assertStatus(ProcessInstance instance, ProjectStatus status, ProjectPhase phase) {
    Long projectId = ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(Vars.PROJECT_ID).singleResult().getValue()).longValue();
    ProjectLifecycle lifecycle = projects.find(projectId).orElseThrow();
    assertThat(lifecycle.getStatus()).isEqualTo(status);
    assertThat(lifecycle.getPhase()).isEqualTo(phase);
  }

  private static Date date(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }
}
