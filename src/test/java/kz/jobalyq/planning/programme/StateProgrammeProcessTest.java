package kz.jobalyq.planning.programme;

import static kz.jobalyq.planning.programme.StateProgrammeTestSupport.at;
import static kz.jobalyq.planning.programme.StateProgrammeTestSupport.conclusion;
import static kz.jobalyq.planning.programme.StateProgrammeTestSupport.date;
import static kz.jobalyq.planning.programme.StateProgrammeTestSupport.endOf;
import static kz.jobalyq.planning.programme.StateProgrammeTestSupport.evaluation;
import static kz.jobalyq.planning.programme.StateProgrammeTestSupport.report;
import static kz.jobalyq.planning.programme.StateProgrammeTestSupport.spaConclusion;
import static kz.jobalyq.planning.programme.StateProgrammeTestSupport.submission;
import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.planning.programme.StateProgrammeProcess.Vars;
import kz.jobalyq.support.Http;
import kz.jobalyq.support.TaskPeople;
import kz.jobalyq.system.i18n.UserLanguage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The state-programme process (STATE-PLANNING.md P1–P3): a state programme from its justification to its first
 * monitoring cycle with the regulation's deadlines on the seeded 2026–2027 calendar, the endings of the launch,
 * the correction loop, an evaluation year, the final evaluation, and other document types run by the tables.
 */
@IntegrationTest
class StateProgrammeProcessTest {

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
  private HistoryService historyService;
  @Autowired
  private StateProgrammeService programmes;
  @Autowired
  private TestRestTemplate rest;

  private StateProgrammeTestSupport flow;

  @BeforeEach
  void setUp() {
    init(engine);
    flow = new StateProgrammeTestSupport(runtimeService, taskService, managementService, identityService);
    at("2026-01-15T10:00:00+05:00");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aStateProgrammeFromJustificationToTheFirstMonitoringCycle() {
    ProcessInstance instance = flow.submit(PlanningDocumentType.STATE_PROGRAMME, true, 2026, 2030);
    String number = instance.getBusinessKey();
    assertThat(number).matches("SPR-2026-\\d{4}");

    // Regional review: 1 month from Thu 15 January ends on Sun 15 February, so on Monday 16 February.
    Task regional = flow.task(instance);
    assertThat(regional).hasDefinitionKey(StateProgrammeProcess.TASK_REGIONAL_REVIEW)
        .hasCandidateGroupAssociated("regional-development-authority");
    assertThat(regional.getName()).startsWith(number + " · ");
    assertThat(regional.getDueDate()).isEqualTo(endOf("2026-02-16"));
    assertThat(regional.getFollowUpDate()).isEqualTo(date("2026-02-13T00:00:00+05:00"));
    assertThat(programmes.requireByNumber(number).getStatus()).isEqualTo(StateProgrammeStatus.REGIONAL_REVIEW);
    at("2026-02-10T10:00:00+05:00");
    flow.complete(regional, Vars.REGIONAL_REVIEW_OUTCOME, "worthwhile", Vars.REGIONAL_REVIEW_COMMENT,
        "Өңірлер үшін орынды");

    // The SPA's conclusion: 7 working days from Tue 10 February end on Thu 19 February.
    Task spa = flow.task(instance);
    assertThat(spa).hasDefinitionKey(StateProgrammeProcess.TASK_SPA_CONCLUSION)
        .hasCandidateGroupAssociated("state-planning-authority");
    assertThat(spa.getDueDate()).isEqualTo(endOf("2026-02-19"));
    // Worthwhile needs the three §90 checks.
    assertThatThrownBy(() -> flow.complete(spa, Vars.SPA_CONCLUSION_OUTCOME, "worthwhile",
        Vars.SPA_CONCLUSION_TEXT, "Орынды")).hasMessageContaining(Vars.SPA_CONCLUSION_OUTCOME
        + ": A2 §90 бойынша тексерулердің бәрі расталмаса, әзірлеу орынды деп танылмайды");
    flow.complete(spa, spaConclusion());

    Task endorsement = flow.task(instance);
    assertThat(endorsement).hasDefinitionKey(StateProgrammeProcess.TASK_ENDORSEMENT)
        .hasCandidateGroupAssociated("consultative-body");
    at("2026-03-05T15:00:00+05:00");
    flow.complete(endorsement, Vars.ENDORSEMENT_DECISION, "endorse", Vars.ENDORSEMENT_PROTOCOL, "№ 3, 2026-03-05");

    // 10 working days from Thu 5 March: Mon 9 March is the day off moved from 8 March, so Fri 20 March.
    Task notice = flow.task(instance);
    assertThat(notice).hasDefinitionKey(StateProgrammeProcess.TASK_INFORM_PA)
        .hasCandidateGroupAssociated("state-planning-authority");
    assertThat(notice.getDueDate()).isEqualTo(endOf("2026-03-20"));
    flow.complete(notice, Vars.PA_NOTICE_REFERENCE, "01-12/345", Vars.PA_NOTICE_DATE, "2026-03-05");

    at("2026-04-01T11:00:00+05:00");
    flow.step(instance, StateProgrammeProcess.TASK_PRESIDENTIAL_DECISION, Vars.PRESIDENTIAL_DECISION, "develop",
        Vars.PRESIDENTIAL_DECISION_ACT, "Президенттің тапсырмасы № 12", Vars.PRESIDENTIAL_DECISION_DATE, "2026-04-01");
    // The draft List within 1 month of the decision: Fri 1 May is a holiday, then the weekend: Mon 4 May.
    Task list = flow.task(instance);
    assertThat(list).hasDefinitionKey(StateProgrammeProcess.TASK_SUBMIT_LIST);
    assertThat(list.getDueDate()).isEqualTo(endOf("2026-05-04"));
    assertThat(programmes.requireByNumber(number).getStatus()).isEqualTo(StateProgrammeStatus.LISTING);
    flow.complete(list, Vars.LIST_DEVELOPMENT_DEADLINE, "2026-06-30", Vars.LIST_APPROVAL_SUBMISSION_DEADLINE,
        "2026-07-15", Vars.LIST_IMPLEMENTATION_PERIOD, "2026–2030");
    at("2026-04-20T11:00:00+05:00");
    flow.step(instance, StateProgrammeProcess.TASK_RECORD_LIST, Vars.LIST_ACT, "Жарлық № 100", Vars.LIST_ACT_DATE,
        "2026-04-20");
    assertThat(programmes.requireByNumber(number).getStatus()).isEqualTo(StateProgrammeStatus.ON_LIST);

    // Drafting with public discussion until 25 May, then proposals considered.
    at("2026-05-05T10:00:00+05:00");
    assertThat(flow.task(instance)).hasDefinitionKey(StateProgrammeProcess.TASK_DRAFT)
        .hasCandidateGroupAssociated("programme-developer");
    flow.draft(instance, "2026-05-25");
    assertThat(programmes.requireByNumber(number).getDiscussionUntil()).isEqualTo("2026-05-25");

    // Agreement by the co-executors, the SPA and, for the regional part, the RDA (A1 §28; A2 §88).
    List<Task> agreements = flow.tasks(instance);
    assertThat(agreements).extracting(Task::getTaskDefinitionKey).containsOnly(StateProgrammeProcess.TASK_AGREE);
    assertThat(agreements).hasSize(3);
    assertThat(programmes.requireByNumber(number).getStatus()).isEqualTo(StateProgrammeStatus.AGREEMENT);
    flow.agreeAll(instance);

    // Approved by the President (recorded by the PA) on Fri 31 July: the action plan is due within a month,
    // Mon 31 August is the day off moved from Constitution Day, so Tue 1 September.
    Task approval = flow.task(instance);
    assertThat(approval).hasDefinitionKey(StateProgrammeProcess.TASK_APPROVE)
        .hasCandidateGroupAssociated("presidential-administration");
    at("2026-07-31T12:00:00+05:00");
    flow.complete(approval, Vars.APPROVAL_DECISION, "approve", Vars.APPROVAL_ACT, "Жарлық № 200",
        Vars.APPROVAL_DATE, "2026-07-31");
    Task actionPlan = flow.task(instance);
    assertThat(actionPlan).hasDefinitionKey(StateProgrammeProcess.TASK_ACTION_PLAN).hasCandidateGroupAssociated("government");
    assertThat(actionPlan.getDueDate()).isEqualTo(endOf("2026-09-01"));
    assertThatThrownBy(() -> flow.complete(actionPlan, Vars.ACTION_PLAN_SCOPE, "WHOLE_PERIOD", Vars.ACTION_PLAN_ACT,
        "Үкімет қаулысы № 300", Vars.ACTION_PLAN_DATE, "2026-07-31"))
        .hasMessageContaining(Vars.ACTION_PLAN_AGREED + ": іс-шаралар жоспары келісім бойынша бекітіледі");
    at("2026-08-20T12:00:00+05:00");
    flow.actionPlan(instance, "2026-08-20");

    // Implementing: the reporting year 2026 ends at midnight of 1 January 2027 (Astana).
    StateProgramme implementing = programmes.requireByNumber(number);
    assertThat(implementing.getStatus()).isEqualTo(StateProgrammeStatus.IMPLEMENTING);
    assertThat(implementing.getCurrentReportingYear()).isEqualTo(2026);
    assertThat(instance).isWaitingAt(StateProgrammeProcess.TIMER_YEAR_ENDED);
    assertThat(flow.timer(instance, StateProgrammeProcess.TIMER_YEAR_ENDED).getDuedate())
        .isEqualTo(date("2027-01-01T00:00:00+05:00"));
    flow.fire(instance, StateProgrammeProcess.TIMER_YEAR_ENDED);

    // The chain of 2027: 15 Feb (Mon) → 10 Mar (Wed) → 25 Mar (Thu) → 10 Apr (Sat, so Mon 12 Apr).
    Task info = flow.task(instance);
    assertThat(info).hasDefinitionKey(StateProgrammeProcess.TASK_INFO).hasCandidateGroupAssociated("co-executor");
    assertThat(info.getName()).isEqualTo(number + " · 2026 жылғы іске асыру туралы ақпарат");
    assertThat(info.getDueDate()).isEqualTo(endOf("2027-02-15"));
    assertThat(info.getFollowUpDate()).isEqualTo(date("2027-02-12T00:00:00+05:00"));
    at("2027-02-10T10:00:00+05:00");
    flow.complete(info, Vars.INFO_INDICATORS, "Индикаторлар орындалды", Vars.INFO_ACTIVITIES, "Іс-шаралар орындалды");

    Task report = flow.task(instance);
    assertThat(report).hasDefinitionKey(StateProgrammeProcess.TASK_REPORT).hasCandidateGroupAssociated("programme-developer");
    assertThat(report.getDueDate()).isEqualTo(endOf("2027-03-10"));
    Object[] unsigned = report(false);
    unsigned[9] = false;
    assertThatThrownBy(() -> flow.complete(report, unsigned))
        .hasMessageContaining(Vars.REPORT_SIGNED + ": есепке бірінші басшы қол қоюы тиіс (A2 §113.2)");
    flow.complete(report, report(false));

    Task conclusion = flow.task(instance);
    assertThat(conclusion).hasDefinitionKey(StateProgrammeProcess.TASK_CONCLUSION)
        .hasCandidateGroupAssociated("state-planning-authority");
    assertThat(conclusion.getDueDate()).isEqualTo(endOf("2027-03-25"));
    flow.complete(conclusion, conclusion());

    Task toPa = flow.task(instance);
    assertThat(toPa).hasDefinitionKey(StateProgrammeProcess.TASK_SUBMIT_TO_PA).hasCandidateGroupAssociated("government");
    assertThat(toPa.getDueDate()).isEqualTo(endOf("2027-04-12"));
    at("2027-04-08T10:00:00+05:00");
    flow.complete(toPa, submission("2027-04-08"));

    // No correction: the next reporting year opens.
    flow.step(instance, StateProgrammeProcess.TASK_DECIDE_CORRECTION, Vars.CORRECTION_DECISION, "continue");
    assertThat(instance).isWaitingAt(StateProgrammeProcess.TIMER_YEAR_ENDED);
    assertThat(flow.timer(instance, StateProgrammeProcess.TIMER_YEAR_ENDED).getDuedate())
        .isEqualTo(date("2028-01-01T00:00:00+05:00"));
    assertThat(instance).hasNotPassed(StateProgrammeProcess.TASK_EVALUATION);
    StateProgramme next = programmes.requireByNumber(number);
    assertThat(next.getCurrentReportingYear()).isEqualTo(2027);
    assertThat(next.getApprovalAct()).isEqualTo("Жарлық № 200");

    // Everything is on record and readable by any signed-in user.
    JsonNode view = rest.withBasicAuth("government", "demo")
        .getForObject("/api/planning/programmes/" + number, JsonNode.class);
    assertThat(view.path("status").asText()).isEqualTo("IMPLEMENTING");
    // Its names are the reader's: a reader in Russian gets the status, the kind and each step in Russian.
    JsonNode inRussian = rest.withBasicAuth("government", "demo").exchange("/api/planning/programmes/" + number,
        HttpMethod.GET, Http.inLanguage("ru"), JsonNode.class).getBody();
    assertThat(inRussian.path("statusName").asText()).isEqualTo("Реализуется");
    assertThat(inRussian.path("documentTypeName").asText()).isEqualTo("Государственная программа");
    assertThat(documentOf(inRussian, "IMPLEMENTATION_REPORT").path("stepName").asText())
        .isEqualTo("Отчёт о реализации");
    assertThat(view.path("statusName").asText()).isEqualTo(StateProgrammeStatus.IMPLEMENTING.kazakhName());
    assertThat(view.path("routing").path("agreementGroups")).hasSize(3);
    assertThat(view.path("documents").findValuesAsText("step")).contains("JUSTIFICATION", "REGIONAL_REVIEW",
        "SPA_CONCLUSION", "ENDORSEMENT", "IMPLEMENTATION_INFO", "IMPLEMENTATION_REPORT", "MONITORING_CONCLUSION",
        "SUBMISSION_TO_PA");
    JsonNode reportDocument = documentOf(view, "IMPLEMENTATION_REPORT");
    assertThat(reportDocument.path("dueOn").asText()).isEqualTo("2027-03-10");
    assertThat(reportDocument.path("reportingYear").asInt()).isEqualTo(2026);
    assertThat(reportDocument.path("content").path(Vars.REPORT_PORTAL_URL).asText()).isEqualTo("https://gov.kz/report");
    assertThat(view.path("decisions").findValuesAsText("outcome")).contains("ENDORSED", "DEVELOP", "APPROVED",
        "CONTINUE");
    assertThat(view.path("decisions").findValuesAsText("decidedBy")).contains("consultative", "presadmin");
    assertThat(rest.getForEntity("/api/planning/programmes/" + number, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("spa", "demo").getForEntity("/api/planning/programmes/SPR-1999-0001", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void notEndorsedEndsIt() {
    ProcessInstance instance = flow.submit(PlanningDocumentType.STATE_PROGRAMME, false, 2026, 2030);
    // Without a regional part the SPA concludes at once.
    flow.step(instance, StateProgrammeProcess.TASK_SPA_CONCLUSION, StateProgrammeProcess.Vars.SPA_CONCLUSION_OUTCOME,
        "notWorthwhile", Vars.SPA_CONCLUSION_TEXT, "Ведомствоішілік мәселе (A2 §90.2)");
    Task endorsement = flow.task(instance);
    assertThatThrownBy(() -> flow.complete(endorsement, Vars.ENDORSEMENT_DECISION, "notEndorse",
        Vars.ENDORSEMENT_PROTOCOL, "№ 4"))
        .hasMessageContaining(Vars.ENDORSEMENT_COMMENT + ": мақұлдамау себебі жазылуы тиіс");
    // A Russian reader is told in Russian.
    UserLanguage.serve(UserLanguage.RU, () -> assertThatThrownBy(() -> flow.complete(endorsement,
        Vars.ENDORSEMENT_DECISION, "notEndorse", Vars.ENDORSEMENT_PROTOCOL, "№ 4"))
        .hasMessageContaining(Vars.ENDORSEMENT_COMMENT + ": укажите причину неодобрения"));
    flow.complete(endorsement, Vars.ENDORSEMENT_DECISION, "notEndorse", Vars.ENDORSEMENT_PROTOCOL, "№ 4",
        Vars.ENDORSEMENT_COMMENT, "Уәкілетті органның қорытындысымен келісеміз");

    assertThat(instance).isEnded().hasPassed(StateProgrammeProcess.END_NOT_ENDORSED)
        .hasNotPassed(StateProgrammeProcess.TASK_REGIONAL_REVIEW, StateProgrammeProcess.TASK_INFORM_PA);
    StateProgramme ended = programmes.requireByNumber(instance.getBusinessKey());
    assertThat(ended.getStatus()).isEqualTo(StateProgrammeStatus.NOT_ENDORSED);
    assertThat(ended.getClosedAt()).isNotNull();
    assertThat(programmes.decisionsOf(ended.getId())).extracting(record -> record.getOutcome())
        .containsExactly("SUBMITTED", "NOT_WORTHWHILE", "NOT_ENDORSED");
  }

  @Test
  void withoutThePresidentsDecisionTheProgrammeIsNotDeveloped() {
    ProcessInstance instance = flow.submit(PlanningDocumentType.STATE_PROGRAMME, false, 2026, 2030);
    flow.step(instance, StateProgrammeProcess.TASK_SPA_CONCLUSION, spaConclusion());
    flow.step(instance, StateProgrammeProcess.TASK_ENDORSEMENT, Vars.ENDORSEMENT_DECISION, "endorse",
        Vars.ENDORSEMENT_PROTOCOL, "№ 5");
    flow.step(instance, StateProgrammeProcess.TASK_INFORM_PA, Vars.PA_NOTICE_REFERENCE, "01-12/9",
        Vars.PA_NOTICE_DATE, "2026-01-15");
    Task decision = flow.task(instance);
    assertThatThrownBy(() -> flow.complete(decision, Vars.PRESIDENTIAL_DECISION, "refuse",
        Vars.PRESIDENTIAL_DECISION_DATE, "2026-02-01"))
        .hasMessageContaining(Vars.PRESIDENTIAL_DECISION_DATE + ": күн болашақта болмауы тиіс");
    flow.complete(decision, Vars.PRESIDENTIAL_DECISION, "refuse", Vars.PRESIDENTIAL_DECISION_DATE, "2026-01-15");

    assertThat(instance).isEnded().hasPassed(StateProgrammeProcess.END_NOT_DECIDED)
        .hasNotPassed(StateProgrammeProcess.TASK_SUBMIT_LIST);
    assertThat(programmes.requireByNumber(instance.getBusinessKey()).getStatus())
        .isEqualTo(StateProgrammeStatus.REJECTED);
  }

  @Test
  void aCorrectionGoesBackToAgreementAndApprovalBeforeTheNextYear() {
    ProcessInstance instance = implementing(2026, 2030);
    firstCycle(instance);

    // Refused without grounds; with them, the developer prepares the amendments.
    Task decide = flow.task(instance);
    assertThatThrownBy(() -> flow.complete(decide, Vars.CORRECTION_DECISION, "correct", Vars.CORRECTION_COMMENT,
        "Индикаторлар өзгереді")).hasMessageContaining(Vars.CORRECTION_GROUNDS + ": мына мәндердің бірі болуы тиіс: "
        + "MONITORING, EVALUATION");
    flow.complete(decide, Vars.CORRECTION_DECISION, "correct", Vars.CORRECTION_GROUNDS, "MONITORING",
        Vars.CORRECTION_COMMENT, "Мониторинг қорытындысы бойынша индикаторлар өзгереді");
    StateProgramme correcting = programmes.requireByNumber(instance.getBusinessKey());
    assertThat(correcting.getStatus()).isEqualTo(StateProgrammeStatus.CORRECTION);
    assertThat(correcting.getCorrectionRound()).isEqualTo(1);
    // A state programme's correction has no term of its own (only territorial programmes do, A1 §53).
    assertThat(flow.task(instance).getDueDate()).isNull();
    flow.step(instance, StateProgrammeProcess.TASK_CORRECTION, Vars.CORRECTION_SUMMARY, "3 индикатор нақтыланды");

    // Back to agreement (A2 §22): the SPA has remarks, the developer revises, all agree.
    assertThat(programmes.requireByNumber(instance.getBusinessKey()).getStatus())
        .isEqualTo(StateProgrammeStatus.AGREEMENT);
    List<Task> agreements = flow.tasks(instance);
    assertThat(agreements).hasSize(2);
    for (Task agreement : agreements) {
      boolean spa = TaskPeople.candidateGroups(taskService, agreement.getId()).contains("state-planning-authority");
      flow.complete(agreement, Vars.AGREEMENT_DECISION, spa ? "remarks" : "agree", Vars.AGREEMENT_COMMENT,
          spa ? "Қаржыландыру көлемін нақтылаңыз" : null);
    }
    Task revision = flow.task(instance);
    assertThat(revision).hasDefinitionKey(StateProgrammeProcess.TASK_REVISE).hasCandidateGroupAssociated("programme-developer");
    assertThat((String) taskService.getVariable(revision.getId(), Vars.REVISION_REASON))
        .isEqualTo("state-planning-authority: Қаржыландыру көлемін нақтылаңыз");
    flow.complete(revision, Vars.REVISION_SUMMARY, "Көлем нақтыланды");
    flow.agreeAll(instance);

    // The approver returns it once, then approves; a new action plan follows.
    flow.step(instance, StateProgrammeProcess.TASK_APPROVE, Vars.APPROVAL_DECISION, "return",
        Vars.APPROVAL_COMMENT, "Мерзімдерді келістіріңіз");
    assertThat((String) taskService.getVariable(flow.task(instance).getId(), Vars.REVISION_REASON))
        .isEqualTo("Мерзімдерді келістіріңіз");
    flow.step(instance, StateProgrammeProcess.TASK_REVISE, Vars.REVISION_SUMMARY, "Мерзімдер келістірілді");
    flow.agreeAll(instance);
    at("2027-05-20T10:00:00+05:00");
    flow.approve(instance, "2027-05-20");
    assertThat(flow.task(instance).getDueDate()).isEqualTo(endOf("2027-06-21"));
    flow.actionPlan(instance, "2027-05-20");

    // The next reporting year is 2027, not 2026 again.
    assertThat(instance).isWaitingAt(StateProgrammeProcess.TIMER_YEAR_ENDED);
    StateProgramme corrected = programmes.requireByNumber(instance.getBusinessKey());
    assertThat(corrected.getCurrentReportingYear()).isEqualTo(2027);
    assertThat(corrected.getStatus()).isEqualTo(StateProgrammeStatus.IMPLEMENTING);
    assertThat(corrected.getApprovedOn()).isEqualTo("2027-05-20");
    assertThat(programmes.decisionsOf(corrected.getId())).extracting(record -> record.getOutcome())
        .containsSubsequence("CORRECT", "PREPARED", "REMARKS", "REVISED", "RETURNED", "REVISED", "APPROVED");
  }

  @Test
  void anEvaluationYearHasNoMonitoringConclusion() {
    // A programme for 2024–2028 approved in 2024: its third reporting year, 2026, is evaluated in 2027.
    at("2024-01-10T10:00:00+05:00");
    ProcessInstance instance = implementing(2024, 2028);
    assertThat(programmes.requireByNumber(instance.getBusinessKey()).getCurrentReportingYear()).isEqualTo(2024);
    // 2024 → chain of 2025: 10 March 2025 is a moved day off, so the report is due 11 March; 25 March too: 26 March.
    flow.fire(instance, StateProgrammeProcess.TIMER_YEAR_ENDED);
    flow.step(instance, StateProgrammeProcess.TASK_INFO, Vars.INFO_INDICATORS, "…", Vars.INFO_ACTIVITIES, "…");
    assertThat(flow.task(instance).getDueDate()).isEqualTo(endOf("2025-03-11"));
    flow.step(instance, StateProgrammeProcess.TASK_REPORT, report(false));
    assertThat(flow.task(instance).getDueDate()).isEqualTo(endOf("2025-03-26"));
    flow.step(instance, StateProgrammeProcess.TASK_CONCLUSION, conclusion());
    flow.step(instance, StateProgrammeProcess.TASK_SUBMIT_TO_PA, submission("2025-01-01"));
    flow.step(instance, StateProgrammeProcess.TASK_DECIDE_CORRECTION, Vars.CORRECTION_DECISION, "continue");
    // 2025 → chain of 2026.
    flow.fire(instance, StateProgrammeProcess.TIMER_YEAR_ENDED);
    flow.step(instance, StateProgrammeProcess.TASK_INFO, Vars.INFO_INDICATORS, "…", Vars.INFO_ACTIVITIES, "…");
    flow.step(instance, StateProgrammeProcess.TASK_REPORT, report(false));
    flow.step(instance, StateProgrammeProcess.TASK_CONCLUSION, conclusion());
    flow.step(instance, StateProgrammeProcess.TASK_SUBMIT_TO_PA, submission("2026-01-01"));
    flow.step(instance, StateProgrammeProcess.TASK_DECIDE_CORRECTION, Vars.CORRECTION_DECISION, "continue");

    // 2026, the third year: an interim evaluation instead of the monitoring conclusion (A2 §19–20, §116).
    flow.fire(instance, StateProgrammeProcess.TIMER_YEAR_ENDED);
    assertThat(runtimeService.getVariable(instance.getId(), Vars.EVALUATION_KIND)).isEqualTo("INTERIM");
    flow.step(instance, StateProgrammeProcess.TASK_INFO, Vars.INFO_INDICATORS, "…", Vars.INFO_ACTIVITIES, "…");
    Task report = flow.task(instance);
    assertThat(report).hasDefinitionKey(StateProgrammeProcess.TASK_REPORT);
    // The report of an evaluation year covers the whole period: impact and satisfaction are required (A2 §18–19).
    assertThatThrownBy(() -> flow.complete(report, report(false))).hasMessageContaining(Vars.REPORT_IMPACT
        + ": бағалау жылы: проблемалардың шешілу дәрежесі және ықпалы (A2 §18.7) толтырылуы тиіс");
    flow.complete(report, report(true));

    Task evaluation = flow.task(instance);
    assertThat(evaluation).hasDefinitionKey(StateProgrammeProcess.TASK_EVALUATION)
        .hasCandidateGroupAssociated("state-planning-authority");
    assertThat(evaluation.getName()).contains("Аралық бағалау", "2026");
    assertThat(evaluation.getDueDate()).isEqualTo(endOf("2027-03-25"));
    assertThat(programmes.requireByNumber(instance.getBusinessKey()).getStatus())
        .isEqualTo(StateProgrammeStatus.EVALUATION);
    flow.complete(evaluation, evaluation());
    flow.step(instance, StateProgrammeProcess.TASK_SUBMIT_TO_PA, submission("2027-01-01"));

    // Three chains, two monitoring conclusions: none in the evaluation year.
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(StateProgrammeProcess.TASK_CONCLUSION).count()).isEqualTo(2);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(StateProgrammeProcess.TASK_SUBMIT_TO_PA).count()).isEqualTo(3);
    List<ProgrammeDocument> documents = programmes.documentsOf(
        programmes.requireByNumber(instance.getBusinessKey()).getId());
    assertThat(documents).filteredOn(document -> document.getStep() == ProgrammeStep.EVALUATION_CONCLUSION)
        .singleElement().satisfies(document -> {
          assertThat(document.getReportingYear()).isEqualTo(2026);
          assertThat(document.getEvaluationKind()).isEqualTo(EvaluationKind.INTERIM);
          assertThat(document.getOutcome()).isEqualTo("INTERIM");
        });
    assertThat(documents).filteredOn(document -> document.getStep() == ProgrammeStep.MONITORING_CONCLUSION)
        .extracting(ProgrammeDocument::getReportingYear).containsExactly(2024, 2025);
    flow.step(instance, StateProgrammeProcess.TASK_DECIDE_CORRECTION, Vars.CORRECTION_DECISION, "continue");
    assertThat(programmes.requireByNumber(instance.getBusinessKey()).getStatus())
        .isEqualTo(StateProgrammeStatus.IMPLEMENTING);
  }

  @Test
  void theLastYearIsEvaluatedFinallyAndClosesTheProgramme() {
    ProcessInstance instance = implementing(2026, 2027);
    firstCycle(instance);
    flow.step(instance, StateProgrammeProcess.TASK_DECIDE_CORRECTION, Vars.CORRECTION_DECISION, "continue");

    // 2027 is the last year: the final evaluation, due 25 March 2028 (a Saturday), so Monday 27 March.
    flow.fire(instance, StateProgrammeProcess.TIMER_YEAR_ENDED);
    assertThat(runtimeService.getVariable(instance.getId(), Vars.LAST_YEAR)).isEqualTo(true);
    flow.step(instance, StateProgrammeProcess.TASK_INFO, Vars.INFO_INDICATORS, "…", Vars.INFO_ACTIVITIES, "…");
    flow.step(instance, StateProgrammeProcess.TASK_REPORT, report(true));
    Task evaluation = flow.task(instance);
    assertThat(evaluation).hasDefinitionKey(StateProgrammeProcess.TASK_EVALUATION);
    assertThat(evaluation.getName()).contains("Түпкілікті бағалау");
    assertThat(evaluation.getDueDate()).isEqualTo(endOf("2028-03-27"));
    flow.complete(evaluation, evaluation());
    flow.step(instance, StateProgrammeProcess.TASK_SUBMIT_TO_PA, submission("2028-01-01"));

    assertThat(instance).isEnded().hasPassed(StateProgrammeProcess.TASK_CLOSE, StateProgrammeProcess.END_CLOSED);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(StateProgrammeProcess.TASK_DECIDE_CORRECTION).count()).isEqualTo(1);
    StateProgramme closed = programmes.requireByNumber(instance.getBusinessKey());
    assertThat(closed.getStatus()).isEqualTo(StateProgrammeStatus.CLOSED);
    assertThat(closed.getClosedAt()).isNotNull();
  }

  @Test
  void aLateStepIsMarkedOverdueAndTheWaitingBodyIsTold() {
    ProcessInstance instance = flow.submit(PlanningDocumentType.STATE_PROGRAMME, false, 2026, 2030);
    // The SPA is reminded the working day before its 7th working day, and told when it passed.
    flow.fire(instance, StateProgrammeProcess.BOUNDARY_SPA_CONCLUSION_REMINDER);
    assertThat(ClockUtil.getCurrentTime()).isAfter(date("2026-01-23T00:00:00+05:00"));
    assertThat(notices("state-planning-authority", instance.getBusinessKey())).hasSize(1);
    flow.fire(instance, StateProgrammeProcess.BOUNDARY_SPA_CONCLUSION_OVERDUE);
    assertThat(notices("state-planning-authority", instance.getBusinessKey())).hasSize(2);
    assertThat(notices("consultative-body", instance.getBusinessKey())).singleElement()
        .satisfies(notice -> assertThat(notice.getName()).contains("мерзімі өтті"));
    assertThat(instance).isWaitingAt(StateProgrammeProcess.TASK_SPA_CONCLUSION)
        .hasPassed(StateProgrammeProcess.TASK_SPA_CONCLUSION_OVERDUE);
    StateProgramme late = programmes.requireByNumber(instance.getBusinessKey());
    assertThat(programmes.documentsOf(late.getId()))
        .filteredOn(document -> document.getStep() == ProgrammeStep.SPA_CONCLUSION).singleElement()
        .satisfies(document -> {
          assertThat(document.isOverdue()).isTrue();
          assertThat(document.getDueOn()).isEqualTo("2026-01-26");
        });
    // Still completed normally afterwards.
    flow.step(instance, StateProgrammeProcess.TASK_SPA_CONCLUSION, spaConclusion());
    assertThat(flow.task(instance)).hasDefinitionKey(StateProgrammeProcess.TASK_ENDORSEMENT);
  }

  @Test
  void everyDeadlineRemindsTheWorkingDayBeforeAndTellsTheWaitingBodyWhenItPasses() {
    ProcessInstance instance = flow.submit(PlanningDocumentType.STATE_PROGRAMME, true, 2026, 2027);
    lateButDone(instance, StateProgrammeProcess.BOUNDARY_REGIONAL_REVIEW_REMINDER,
        StateProgrammeProcess.BOUNDARY_REGIONAL_REVIEW_OVERDUE, ProgrammeStep.REGIONAL_REVIEW,
        "regional-development-authority", "state-planning-authority", Vars.REGIONAL_REVIEW_OUTCOME, "worthwhile",
        Vars.REGIONAL_REVIEW_COMMENT, "Орынды");
    lateButDone(instance, StateProgrammeProcess.BOUNDARY_SPA_CONCLUSION_REMINDER,
        StateProgrammeProcess.BOUNDARY_SPA_CONCLUSION_OVERDUE, ProgrammeStep.SPA_CONCLUSION,
        "state-planning-authority", "consultative-body", spaConclusion());
    flow.step(instance, StateProgrammeProcess.TASK_ENDORSEMENT, Vars.ENDORSEMENT_DECISION, "endorse",
        Vars.ENDORSEMENT_PROTOCOL, "№ 6");
    lateButDone(instance, StateProgrammeProcess.BOUNDARY_PA_NOTICE_REMINDER,
        StateProgrammeProcess.BOUNDARY_PA_NOTICE_OVERDUE, ProgrammeStep.PA_NOTICE, "state-planning-authority",
        "presidential-administration", Vars.PA_NOTICE_REFERENCE, "01-12/7", Vars.PA_NOTICE_DATE, today());
    flow.step(instance, StateProgrammeProcess.TASK_PRESIDENTIAL_DECISION, Vars.PRESIDENTIAL_DECISION, "develop",
        Vars.PRESIDENTIAL_DECISION_ACT, "№ 13", Vars.PRESIDENTIAL_DECISION_DATE, today());
    lateButDone(instance, StateProgrammeProcess.BOUNDARY_PROGRAMME_LIST_REMINDER,
        StateProgrammeProcess.BOUNDARY_PROGRAMME_LIST_OVERDUE, ProgrammeStep.LIST_SUBMISSION,
        "state-planning-authority", "presidential-administration", Vars.LIST_DEVELOPMENT_DEADLINE, "2026-09-01",
        Vars.LIST_APPROVAL_SUBMISSION_DEADLINE, "2026-10-01", Vars.LIST_IMPLEMENTATION_PERIOD, "2026–2027");
    flow.step(instance, StateProgrammeProcess.TASK_RECORD_LIST, Vars.LIST_ACT, "№ 101", Vars.LIST_ACT_DATE, today());
    flow.draft(instance, java.time.LocalDate.parse(today()).plusDays(10).toString());
    flow.agreeAll(instance);
    flow.approve(instance, today());
    lateButDone(instance, StateProgrammeProcess.BOUNDARY_ACTION_PLAN_REMINDER,
        StateProgrammeProcess.BOUNDARY_ACTION_PLAN_OVERDUE, ProgrammeStep.ACTION_PLAN, "government",
        "programme-developer", Vars.ACTION_PLAN_SCOPE, "STAGE", Vars.ACTION_PLAN_ACT, "№ 301", Vars.ACTION_PLAN_DATE,
        today(), Vars.ACTION_PLAN_AGREED, true);

    // The chain of 2026 (not evaluated): each body waits for the one before it.
    flow.fire(instance, StateProgrammeProcess.TIMER_YEAR_ENDED);
    lateButDone(instance, StateProgrammeProcess.BOUNDARY_INFO_REMINDER, StateProgrammeProcess.BOUNDARY_INFO_OVERDUE,
        ProgrammeStep.IMPLEMENTATION_INFO, "co-executor", "programme-developer", Vars.INFO_INDICATORS, "…",
        Vars.INFO_ACTIVITIES, "…");
    lateButDone(instance, StateProgrammeProcess.BOUNDARY_REPORT_REMINDER, StateProgrammeProcess.BOUNDARY_REPORT_OVERDUE,
        ProgrammeStep.IMPLEMENTATION_REPORT, "programme-developer", "state-planning-authority", report(false));
    lateButDone(instance, StateProgrammeProcess.BOUNDARY_CONCLUSION_REMINDER,
        StateProgrammeProcess.BOUNDARY_CONCLUSION_OVERDUE, ProgrammeStep.MONITORING_CONCLUSION,
        "state-planning-authority", "government", conclusion());
    lateButDone(instance, StateProgrammeProcess.BOUNDARY_SUBMISSION_REMINDER,
        StateProgrammeProcess.BOUNDARY_SUBMISSION_OVERDUE, ProgrammeStep.SUBMISSION_TO_PA, "government",
        "presidential-administration", submission(today()));
    flow.step(instance, StateProgrammeProcess.TASK_DECIDE_CORRECTION, Vars.CORRECTION_DECISION, "continue");

    // The chain of 2027 ends with the final evaluation, which the Government waits for.
    flow.fire(instance, StateProgrammeProcess.TIMER_YEAR_ENDED);
    flow.step(instance, StateProgrammeProcess.TASK_INFO, Vars.INFO_INDICATORS, "…", Vars.INFO_ACTIVITIES, "…");
    flow.step(instance, StateProgrammeProcess.TASK_REPORT, report(true));
    lateButDone(instance, StateProgrammeProcess.BOUNDARY_EVALUATION_REMINDER,
        StateProgrammeProcess.BOUNDARY_EVALUATION_OVERDUE, ProgrammeStep.EVALUATION_CONCLUSION,
        "state-planning-authority", "government", evaluation());
    flow.step(instance, StateProgrammeProcess.TASK_SUBMIT_TO_PA, submission(today()));

    assertThat(instance).isEnded().hasPassed(StateProgrammeProcess.END_CLOSED);
    List<ProgrammeDocument> documents = programmes.documentsOf(
        programmes.requireByNumber(instance.getBusinessKey()).getId());
    assertThat(documents).filteredOn(ProgrammeDocument::isOverdue).extracting(ProgrammeDocument::getStep)
        .containsExactly(ProgrammeStep.REGIONAL_REVIEW, ProgrammeStep.SPA_CONCLUSION, ProgrammeStep.PA_NOTICE,
            ProgrammeStep.LIST_SUBMISSION, ProgrammeStep.ACTION_PLAN, ProgrammeStep.IMPLEMENTATION_INFO,
            ProgrammeStep.IMPLEMENTATION_REPORT, ProgrammeStep.MONITORING_CONCLUSION, ProgrammeStep.SUBMISSION_TO_PA,
            ProgrammeStep.EVALUATION_CONCLUSION);
  }

  @Test
  void aStrategicPlanRunsOnItsOwnRowsOfTheTables() {
    ProcessInstance instance = flow.submit(PlanningDocumentType.STRATEGIC_PLAN, false, 2026, 2030);
    // No justification stage and no public discussion; agreed by the SPA, approved by the Government, no action plan.
    Task draft = flow.task(instance);
    assertThat(draft).hasDefinitionKey(StateProgrammeProcess.TASK_DRAFT);
    assertThat(programmes.requireByNumber(instance.getBusinessKey()).getStatus())
        .isEqualTo(StateProgrammeStatus.DRAFTING);
    flow.complete(draft, Vars.DRAFT_REFERENCE, "СЖ-1", Vars.DRAFT_SUMMARY, "Стратегиялық бағыттар");
    assertThat(flow.task(instance)).hasDefinitionKey(StateProgrammeProcess.TASK_AGREE)
        .hasCandidateGroupAssociated("state-planning-authority");
    flow.agreeAll(instance);
    assertThat(flow.task(instance)).hasCandidateGroupAssociated("government");
    flow.approve(instance, "2026-01-15");
    assertThat(instance).hasPassed(StateProgrammeProcess.GATEWAY_ACTION_PLAN_MERGE)
        .hasNotPassed(StateProgrammeProcess.TASK_ACTION_PLAN, StateProgrammeProcess.TIMER_DISCUSSION_ENDED,
            StateProgrammeProcess.TASK_SPA_CONCLUSION);

    // Its chain (A2 §158): report by 20 Feb (a Saturday in 2027: Monday 22), conclusion by 1 Mar, final by 15 Mar.
    flow.fire(instance, StateProgrammeProcess.TIMER_YEAR_ENDED);
    Task report = flow.task(instance);
    assertThat(report).hasDefinitionKey(StateProgrammeProcess.TASK_REPORT);
    assertThat(report.getDueDate()).isEqualTo(endOf("2027-02-22"));
    flow.complete(report, report(false));
    assertThat(flow.task(instance).getDueDate()).isEqualTo(endOf("2027-03-01"));
    flow.step(instance, StateProgrammeProcess.TASK_CONCLUSION, conclusion());
    assertThat(flow.task(instance).getDueDate()).isEqualTo(endOf("2027-03-15"));
    flow.step(instance, StateProgrammeProcess.TASK_SUBMIT_TO_PA, submission("2027-01-01"));
    assertThat(instance).hasPassed(StateProgrammeProcess.GATEWAY_INFO_MERGE).hasNotPassed(StateProgrammeProcess.TASK_INFO);
    assertThat(flow.task(instance)).hasDefinitionKey(StateProgrammeProcess.TASK_DECIDE_CORRECTION);
  }

  @Test
  void theStrategicDevelopmentPlanIsApprovedByThePresidentAndMonitoredBy1June1JulyAnd15July() {
    ProcessInstance instance = flow.submit(PlanningDocumentType.STRATEGIC_DEVELOPMENT_PLAN, false, 2026, 2035);
    flow.step(instance, StateProgrammeProcess.TASK_DRAFT, Vars.DRAFT_REFERENCE, "СДЖ-2035", Vars.DRAFT_SUMMARY,
        "Онжылдық басым бағыттар");
    assertThat(flow.task(instance)).hasDefinitionKey(StateProgrammeProcess.TASK_AGREE).hasCandidateGroupAssociated("co-executor");
    flow.agreeAll(instance);
    // A1 §11: the President approves; the Presidential Administration records it. No action plan.
    assertThat(flow.task(instance)).hasCandidateGroupAssociated("presidential-administration");
    flow.approve(instance, "2026-01-15");
    assertThat(instance).hasNotPassed(StateProgrammeProcess.TASK_ACTION_PLAN, StateProgrammeProcess.TASK_SPA_CONCLUSION);

    // A2 §54–§56: information by 1 June, the report and draft conclusion by 1 July (posted on the portal), the
    // Government to the Presidential Administration by 15 July — in 2027 all three are working days.
    flow.fire(instance, StateProgrammeProcess.TIMER_YEAR_ENDED);
    Task info = flow.task(instance);
    assertThat(info).hasDefinitionKey(StateProgrammeProcess.TASK_INFO).hasCandidateGroupAssociated("co-executor");
    assertThat(info.getDueDate()).isEqualTo(endOf("2027-06-01"));
    flow.step(instance, StateProgrammeProcess.TASK_INFO, Vars.INFO_INDICATORS, "…", Vars.INFO_ACTIVITIES, "…");
    Task report = flow.task(instance);
    assertThat(report).hasDefinitionKey(StateProgrammeProcess.TASK_REPORT).hasCandidateGroupAssociated("state-planning-authority");
    assertThat(report.getDueDate()).isEqualTo(endOf("2027-07-01"));
    flow.complete(report, report(false));
    assertThat(instance).hasPassed(StateProgrammeProcess.GATEWAY_CONCLUSION_MERGE)
        .hasNotPassed(StateProgrammeProcess.TASK_CONCLUSION);
    Task submission = flow.task(instance);
    assertThat(submission).hasDefinitionKey(StateProgrammeProcess.TASK_SUBMIT_TO_PA).hasCandidateGroupAssociated("government");
    assertThat(submission.getDueDate()).isEqualTo(endOf("2027-07-15"));
  }

  @Test
  void aDistrictProgrammeHasOnlyInformationAndThePostedReport() {
    ProcessInstance instance = flow.submit(PlanningDocumentType.DISTRICT_PROGRAMME, false, 2026, 2030);
    flow.step(instance, StateProgrammeProcess.TASK_DRAFT, Vars.DRAFT_REFERENCE, "АДБ-1", Vars.DRAFT_SUMMARY, "Аудан");
    assertThat(flow.tasks(instance)).hasSize(2);
    flow.agreeAll(instance);
    assertThat(flow.task(instance)).hasCandidateGroupAssociated("state-body-head");
    flow.approve(instance, "2026-01-15");
    Task plan = flow.task(instance);
    assertThat(plan).hasDefinitionKey(StateProgrammeProcess.TASK_ACTION_PLAN).hasCandidateGroupAssociated("state-body-head");
    assertThat(plan.getDueDate()).isEqualTo(endOf("2026-02-16"));
    flow.actionPlan(instance, "2026-01-15");

    // A2 §195: information by 20 January, report posted by 1 February; no conclusion, no submission.
    flow.fire(instance, StateProgrammeProcess.TIMER_YEAR_ENDED);
    assertThat(flow.task(instance).getDueDate()).isEqualTo(endOf("2027-01-20"));
    flow.step(instance, StateProgrammeProcess.TASK_INFO, Vars.INFO_INDICATORS, "…", Vars.INFO_ACTIVITIES, "…");
    assertThat(flow.task(instance).getDueDate()).isEqualTo(endOf("2027-02-01"));
    flow.step(instance, StateProgrammeProcess.TASK_REPORT, report(false));
    assertThat(instance).hasPassed(StateProgrammeProcess.GATEWAY_CONCLUSION_MERGE, StateProgrammeProcess.GATEWAY_FINAL_MERGE)
        .hasNotPassed(StateProgrammeProcess.TASK_CONCLUSION, StateProgrammeProcess.TASK_SUBMIT_TO_PA);
    assertThat(flow.task(instance)).hasDefinitionKey(StateProgrammeProcess.TASK_DECIDE_CORRECTION);
  }

  @Test
  void aTerritorialProgrammeIsCorrectedWithinThreeMonthsOfItsGrounds() {
    ProcessInstance instance = flow.submit(PlanningDocumentType.DISTRICT_PROGRAMME, false, 2026, 2030);
    flow.step(instance, StateProgrammeProcess.TASK_DRAFT, Vars.DRAFT_REFERENCE, "АДБ-1", Vars.DRAFT_SUMMARY, "Аудан");
    flow.agreeAll(instance);
    flow.approve(instance, "2026-01-15");
    flow.actionPlan(instance, "2026-01-15");
    flow.fire(instance, StateProgrammeProcess.TIMER_YEAR_ENDED);
    flow.step(instance, StateProgrammeProcess.TASK_INFO, Vars.INFO_INDICATORS, "…", Vars.INFO_ACTIVITIES, "…");
    flow.step(instance, StateProgrammeProcess.TASK_REPORT, report(false));

    // The oblast's programme (a higher document) changed on 10 February 2027: A1 §53 gives three months — to
    // 10 May 2027, the day off for Victory Day (9 May is a Sunday), so to the end of Tuesday 11 May.
    at("2027-02-20T10:00:00+05:00");
    flow.complete(flow.task(instance), Vars.CORRECTION_DECISION, "correct", Vars.CORRECTION_GROUNDS,
        "HIGHER_DOCUMENT", Vars.CORRECTION_GROUNDS_DATE, "2027-02-10", Vars.CORRECTION_COMMENT,
        "Облыс бағдарламасы өзгерді");
    Task correction = flow.task(instance);
    assertThat(correction).hasDefinitionKey(StateProgrammeProcess.TASK_CORRECTION);
    assertThat(correction.getDueDate()).isEqualTo(endOf("2027-05-11"));
  }

  @Test
  void theAccountsCommitteesResultsAreDueSevenWorkingDaysAfterItsResolution() {
    ProcessInstance instance = implementing(2026, 2030);
    at("2027-04-05T10:00:00+05:00");
    String url = "/api/planning/programmes/" + instance.getBusinessKey() + "/control-resolutions";
    // Only a control body records its resolution; a resolution dated in the future is refused naming the field.
    assertThat(rest.withBasicAuth("developer", "demo").postForEntity(url, json("{\"resolutionNumber\":\"12\","
        + "\"resolutionDate\":\"2027-04-05\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> future = rest.withBasicAuth("accounts", "demo").postForEntity(url,
        json("{\"resolutionNumber\":\"12\",\"resolutionDate\":\"2027-04-06\"}"), JsonNode.class);
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody().path("field").asText()).isEqualTo("resolutionDate");
    assertThat(future.getBody().path("detail").asText())
        .isEqualTo("resolutionDate: қаулы күні (2027-04-06) болашақта бола алмайды");
    // A Russian reader is answered in Russian.
    HttpHeaders russian = new HttpHeaders();
    russian.setContentType(MediaType.APPLICATION_JSON);
    russian.set(HttpHeaders.ACCEPT_LANGUAGE, "ru");
    ResponseEntity<JsonNode> futureInRussian = rest.withBasicAuth("accounts", "demo").postForEntity(url,
        new HttpEntity<>("{\"resolutionNumber\":\"12\",\"resolutionDate\":\"2027-04-06\"}", russian),
        JsonNode.class);
    assertThat(futureInRussian.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(futureInRussian.getBody().path("detail").asText())
        .isEqualTo("resolutionDate: дата постановления (2027-04-06) не может быть в будущем");

    ResponseEntity<JsonNode> recorded = rest.withBasicAuth("accounts", "demo").postForEntity(url,
        json("{\"resolutionNumber\":\"12\",\"resolutionDate\":\"2027-04-05\",\"summary\":\"Бағалау\"}"),
        JsonNode.class);

    // A2 §120: 7 working days after Monday 5 April 2027 — to the end of Wednesday 14 April.
    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(recorded.getBody().path("resultsDueOn").asText()).isEqualTo("2027-04-14");
    Task send = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(StateProgrammeProcess.TASK_SEND_CONTROL_RESULTS).singleResult();
    assertThat(send).hasCandidateGroupAssociated("accounts-committee");
    assertThat(send.getDueDate()).isEqualTo(endOf("2027-04-14"));
    assertThat((String) taskService.getVariable(send.getId(), Vars.CONTROL_RECIPIENTS))
        .contains("Президент Әкімшілігі", "Мемлекеттік жоспарлау жөніндегі уәкілетті орган");
    flow.complete(send, Vars.CONTROL_SENT_ON, "2027-04-05", Vars.CONTROL_SENT_REFERENCE, "ЕК-12/1");
    assertThat(instance).hasPassed(StateProgrammeProcess.END_CONTROL_RESULTS_SENT)
        .isWaitingAt(StateProgrammeProcess.TIMER_YEAR_ENDED);
  }

  // --- helpers ---

  /** A state programme (no regional part) taken through launch, drafting, agreement, approval and action plan. */
  private ProcessInstance implementing(int startYear, int endYear) {
    ProcessInstance instance = flow.submit(PlanningDocumentType.STATE_PROGRAMME, false, startYear, endYear);
    flow.launch(instance, false, today());
    flow.draft(instance, java.time.LocalDate.parse(today()).plusDays(20).toString());
    flow.agreeAll(instance);
    String afterDiscussion = today();
    flow.approve(instance, afterDiscussion);
    flow.actionPlan(instance, afterDiscussion);
    assertThat(instance).isWaitingAt(StateProgrammeProcess.TIMER_YEAR_ENDED);
    return instance;
  }

  /** The chain of the first reporting year with no correction decided yet. */
  private void firstCycle(ProcessInstance instance) {
    flow.fire(instance, StateProgrammeProcess.TIMER_YEAR_ENDED);
    flow.step(instance, StateProgrammeProcess.TASK_INFO, Vars.INFO_INDICATORS, "…", Vars.INFO_ACTIVITIES, "…");
    flow.step(instance, StateProgrammeProcess.TASK_REPORT, report(false));
    flow.step(instance, StateProgrammeProcess.TASK_CONCLUSION, conclusion());
    flow.step(instance, StateProgrammeProcess.TASK_SUBMIT_TO_PA, submission("2027-01-01"));
    assertThat(flow.task(instance)).hasDefinitionKey(StateProgrammeProcess.TASK_DECIDE_CORRECTION);
  }

  /**
   * The step's group is reminded the working day before its deadline; when the deadline passes, the document is
   * marked overdue and the body waiting for it is told, while the task stays open and is then done.
   */
  private void lateButDone(ProcessInstance instance, String reminder, String overdue, ProgrammeStep step,
      String group, String awaitingGroup, Object... answers) {
    String number = instance.getBusinessKey();
    Task open = flow.task(instance);
    assertThat(open).hasDefinitionKey(step.elementId()).hasCandidateGroupAssociated(group);
    int remindedBefore = notices(group, number).size();
    flow.fire(instance, reminder);
    assertThat(ClockUtil.getCurrentTime()).isBefore(open.getDueDate());
    assertThat(notices(group, number)).hasSize(remindedBefore + 1);
    int awaitingBefore = notices(awaitingGroup, number).size();
    flow.fire(instance, overdue);
    assertThat(ClockUtil.getCurrentTime()).isAfter(open.getDueDate());
    assertThat(notices(awaitingGroup, number)).hasSize(awaitingBefore + 1);
    assertThat(flow.task(instance).getId()).isEqualTo(open.getId());
    assertThat(programmes.documentsOf(programmes.requireByNumber(number).getId()))
        .filteredOn(document -> document.getStep() == step).last()
        .satisfies(document -> assertThat(document.isOverdue()).isTrue());
    flow.complete(open, answers);
  }

  private static String today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.of("Asia/Almaty")).toLocalDate().toString();
  }

  private List<Task> notices(String group, String number) {
    return taskService.createTaskQuery().taskCandidateGroup(group).taskNameLike(number + "%").list().stream()
        .filter(task -> task.getProcessInstanceId() == null).toList();
  }

  private static JsonNode documentOf(JsonNode view, String step) {
    for (JsonNode document : view.path("documents")) {
      if (step.equals(document.path("step").asText())) {
        return document;
      }
    }
    throw new AssertionError("no document " + step);
  }
}
