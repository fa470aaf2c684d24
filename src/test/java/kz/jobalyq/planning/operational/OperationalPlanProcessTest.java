package kz.jobalyq.planning.operational;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.planning.operational.OperationalPlanProcess.Vars;
import kz.jobalyq.support.CalendarRecalculation;
import kz.jobalyq.support.FormVariables;
import kz.jobalyq.support.Http;
import kz.jobalyq.system.process.ProcessVariables;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.UserLanguage;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
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
 * The operational plan of a state body (004 §2–§18) with the engine clock: the 10-calendar-day approval over the
 * Nauryz holidays, a whole year of quarterly reporting with its exact due dates, corrections after monitoring and
 * after a change of the development plan, overdue information and reports, and refused input.
 */
@IntegrationTest
class OperationalPlanProcessTest {

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
  private OperationalPlanService plans;
  @Autowired
  private OperationalPlanReporting reporting;
  @Autowired
  private TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aPlanSignedOnTheThirteenthOfMarchIsDueAfterNauryzAndEscalatedWhenLate() {
    at("2026-03-13T10:00:00+05:00");
    ProcessInstance instance = start("2026-03-13", 2026);
    assertThat(instance.getBusinessKey()).matches("OPL-2026-\\d{4}");
    OperationalPlan registered = plan(instance);
    // Ten calendar days from Friday 13 March: the 10th day is Monday 23 March, Nauryz (21–23) and the moved days
    // off (24–25) follow, so the plan must be approved by the end of Thursday 26 March.
    assertThat(plans.approvalDueOn(registered)).isEqualTo("2026-03-26");
    assertThat(registered.getStatus()).isEqualTo(OperationalPlanStatus.PROPOSALS);

    Task proposals = task(instance);
    assertThat(proposals).hasDefinitionKey(OperationalPlanProcess.TASK_SUBMIT_PROPOSALS)
        .hasCandidateGroupAssociated("structural-unit");
    assertThat(proposals.getName()).isEqualTo(instance.getBusinessKey() + " · Операциялық жоспарға ұсыныстар беру");
    assertThat(proposals.getDueDate()).isEqualTo(date("2026-03-26T23:59:59+05:00"));
    complete(proposals, "unit", Map.of(Vars.PROPOSALS, rowsJson(proposalRows(2026)), Vars.PROPOSALS_COMMENT,
        "Экология департаменті"));

    Task assembly = task(instance);
    assertThat(assembly).hasDefinitionKey(OperationalPlanProcess.TASK_ASSEMBLE).hasCandidateGroupAssociated("planning-unit");
    List<Map<String, Object>> assembled = rows(assembly, Vars.ACTIVITIES);
    assertThat(assembled).hasSize(3).allSatisfy(row -> assertThat(row.get("activityId")).isNull());
    assertThat(assembled).extracting(row -> row.get("name")).containsExactly("Атмосфералық ауаны бақылау бекеттерін "
        + "орнату", "Қалдықтарды бөлек жинау жөніндегі бұйрық", "Мемлекеттік қызметтерді цифрландыру");
    complete(assembly, "planner", Map.of(Vars.ACTIVITIES, rowsJson(assembled)));

    Task approval = task(instance);
    assertThat(approval).hasDefinitionKey(OperationalPlanProcess.TASK_APPROVE)
        .hasCandidateGroupAssociated("state-body-head").hasCandidateGroupAssociated("chief-of-staff");
    assertThat(approval.getDueDate()).isEqualTo(date("2026-03-26T23:59:59+05:00"));
    // The reminder: the start of the working day before the last one — Friday 20 March, before the holidays.
    assertThat(approval.getFollowUpDate()).isEqualTo(date("2026-03-20T00:00:00+05:00"));
    assertThat(rows(approval, Vars.PLAN_ACTIVITIES)).extracting(row -> row.get("place")).containsExactly(
        "Стратегиялық бағыт: 1. Экологиялық тұрақтылық › Макроиндикатор: Ауа сапасы индексі",
        "Стратегиялық бағыт: 1. Экологиялық тұрақтылық › Мақсат: 1.1. Қалдықтарды азайту › Нысаналы индикатор: "
            + "Қайта өңделген қалдықтар үлесі",
        "II. Өзге де міндеттер");
    assertThat(FormVariables.shown(rest, approval.getId(), "chiefofstaff", "kk", Vars.PLAN_OVERVIEW))
        .contains("жылға арналған операциялық жоспар, 1-редакция", "**Бекіту мерзімі (§6):** 26.03.2026");
    assertThat(FormVariables.shown(rest, approval.getId(), "chiefofstaff", "ru", Vars.PLAN_OVERVIEW))
        .contains("операционный план на 2026 год, редакция 1", "**Срок утверждения (§6):** 26.03.2026")
        .doesNotContain("Бекіту");

    Job reminder = job(instance, OperationalPlanProcess.BOUNDARY_APPROVAL_REMINDER);
    assertThat(reminder.getDuedate()).isEqualTo(date("2026-03-20T00:00:00+05:00"));
    at("2026-03-20T00:00:01+05:00");
    managementService.executeJob(reminder.getId());
    assertThat(notices("state-body-head", instance.getBusinessKey())).hasSize(1);
    assertThat(notices("chief-of-staff", instance.getBusinessKey())).hasSize(1);

    Job overdue = job(instance, OperationalPlanProcess.BOUNDARY_APPROVAL_OVERDUE);
    assertThat(overdue.getDuedate()).isEqualTo(date("2026-03-26T23:59:59+05:00"));
    at("2026-03-27T00:00:01+05:00");
    managementService.executeJob(overdue.getId());
    assertThat(plan(instance).isApprovalOverdue()).isTrue();
    assertThat(notices("chief-of-staff", instance.getBusinessKey())).extracting(Task::getName)
        .contains(instance.getBusinessKey() + " · Операциялық жоспарды бекіту мерзімі өтті");
    assertThat(instance).isWaitingAt(OperationalPlanProcess.TASK_APPROVE)
        .hasPassed(OperationalPlanProcess.TASK_REMIND_APPROVAL, OperationalPlanProcess.TASK_ESCALATE_APPROVAL);

    // Late, but the head can still approve: the plan comes into force as edition 1 and waits for the first quarter.
    complete(task(instance), "statehead", Map.of(Vars.PLAN_DECISION, "approve", Vars.PLAN_DECISION_COMMENT,
        "Бекітілді"));
    OperationalPlan approved = plan(instance);
    assertThat(approved.getStatus()).isEqualTo(OperationalPlanStatus.IN_EXECUTION);
    assertThat(approved.getApprovedVersion()).isEqualTo(1);
    assertThat(approved.getApprovedBy()).isEqualTo("statehead");
    assertThat(approved.getFirstApprovedOn()).isEqualTo("2026-03-27");
    assertThat(periodTimers(instance)).extracting(Job::getDuedate).containsExactly(
        date("2026-04-01T00:00:00+05:00"), date("2026-07-01T00:00:00+05:00"), date("2026-10-01T00:00:00+05:00"),
        date("2027-01-01T00:00:00+05:00"));
    assertThat(plans.decisionsOf(approved)).extracting(record -> record.getOutcome())
        .contains("REGISTERED", "PROPOSED_3", "SUBMITTED_V1", "APPROVAL_OVERDUE", "APPROVED_V1");
  }

  @Test
  void aFullYearOfQuarterlyReportingWithACorrectionInTheSecondQuarter() {
    at("2026-01-12T10:00:00+05:00");
    ProcessInstance instance = approvedPlan("2026-01-09", 2026);
    // Signed Friday 9 January: ten calendar days end on Monday 19 January, a working day.
    assertThat(plans.approvalDueOn(plan(instance))).isEqualTo("2026-01-19");
    List<Job> timers = periodTimers(instance);
    assertThat(timers).hasSize(OperationalPlanProcess.QUARTERS);

    // Q1: information by Friday 10 April, the report by Wednesday 15 April.
    Task information = openQuarter(instance, timers.get(0), "2026-04-01T00:00:01+05:00");
    assertThat(information).hasDefinitionKey(OperationalPlanProcess.TASK_SUBMIT_INFORMATION)
        .hasCandidateGroupAssociated("structural-unit");
    assertThat(information.getName())
        .isEqualTo(instance.getBusinessKey() + " · 1-тоқсан: операциялық жоспардың орындалуы туралы ақпарат");
    assertThat(information.getDueDate()).isEqualTo(date("2026-04-10T23:59:59+05:00"));
    assertThat(information.getFollowUpDate()).isEqualTo(date("2026-04-09T00:00:00+05:00"));
    List<Map<String, Object>> answers = rows(information, Vars.EXECUTION_INFORMATION);
    assertThat(answers).extracting(row -> row.get("dueInPeriod")).containsExactly("Иә — мерзімі 2026-03-31", "Жоқ",
        "Жоқ");
    // The rows' words on the form are the reader's: a unit working in Russian reads them in Russian.
    assertThat(formRows(information, "unit", "ru", Vars.EXECUTION_INFORMATION)).extracting(row -> row.get("dueInPeriod"))
        .containsExactly("Да — срок 2026-03-31", "Нет", "Нет");
    assertThat(formRows(information, "unit", "kk", Vars.EXECUTION_INFORMATION)).extracting(row -> row.get("dueInPeriod"))
        .containsExactly("Иә — мерзімі 2026-03-31", "Жоқ", "Жоқ");
    answers.get(0).put("executed", false);
    // Due in the quarter and not done: the reason is required, and nothing is stored without it.
    assertRefused(() -> complete(information, "unit", Map.of(Vars.EXECUTION_INFORMATION, rowsJson(answers))),
        "executionInformation[1].nonExecutionReason",
        "1-жол: мерзімі келген іс-шара орындалмаған — орындалмау себебін көрсетіңіз (§12)");
    answers.get(0).put("nonExecutionReason", "Жабдықты жеткізу кешікті");
    answers.get(1).put("executed", true);
    answers.get(1).put("actualExecution", "Бұйрық 2026 жылғы 20 наурызда қабылданды");
    complete(information, "unit", Map.of(Vars.EXECUTION_INFORMATION, rowsJson(answers)));

    Task report = task(instance);
    assertThat(report).hasDefinitionKey(OperationalPlanProcess.TASK_PREPARE_REPORT)
        .hasCandidateGroupAssociated("monitoring-unit");
    assertThat(report.getDueDate()).isEqualTo(date("2026-04-15T23:59:59+05:00"));
    assertThat(report.getFollowUpDate()).isEqualTo(date("2026-04-14T00:00:00+05:00"));
    List<Map<String, Object>> annex2 = rows(report, Vars.MONITORING_REPORT);
    assertThat(annex2).extracting(row -> row.get("executedText"))
        .containsExactly("Орындалмады", "Орындалды", "Мерзімі келмеген");
    assertThat(formRows(report, "monitor", "ru", Vars.MONITORING_REPORT)).extracting(row -> row.get("executedText"))
        .containsExactly("Не исполнено", "Исполнено", "Срок не наступил");
    annex2.get(0).put("recommendation", "Мерзімін II тоқсанға ауыстыру");
    complete(report, "monitor", Map.of(Vars.MONITORING_REPORT, rowsJson(annex2), Vars.RECOMMENDATIONS,
        "Жабдық жеткізушімен шарттың орындалуын бақылау"));

    Task decision = task(instance);
    assertThat(decision).hasDefinitionKey(OperationalPlanProcess.TASK_DECIDE)
        .hasCandidateGroupAssociated("state-body-head").hasCandidateGroupAssociated("chief-of-staff");
    assertThat(FormVariables.shown(rest, decision.getId(), "chiefofstaff", "kk", Vars.REPORT_OVERVIEW))
        .contains("Мерзімі келген іс-шаралар:** 1, орындалды 0, орындалмады 1", "Мерзімінен бұрын орындалды:** 1");
    assertThat(FormVariables.shown(rest, decision.getId(), "chiefofstaff", "ru", Vars.REPORT_OVERVIEW))
        .contains("Мероприятия со сроком в периоде:** 1, исполнено 0, не исполнено 1", "Исполнено досрочно:** 1");
    assertThat(formRows(decision, "chiefofstaff", "ru", Vars.REPORT_ROWS)).extracting(row -> row.get("executedText"))
        .containsExactly("Не исполнено", "Исполнено", "Срок не наступил");
    complete(decision, "chiefofstaff", Map.of(Vars.REPORT_DECISION, "accept", Vars.MEASURES,
        "Жеткізушіге талап-арыз жіберілсін"));
    assertThat(quarter(instance, 1).getStatus()).isEqualTo(QuarterStatus.CLOSED);
    assertThat(quarter(instance, 1).getDecision()).isEqualTo(ReportDecision.ACCEPTED);

    // Q2: information by Friday 10 July, the report by Wednesday 15 July; the officials decide to correct the plan.
    Task second = openQuarter(instance, timers.get(1), "2026-07-01T00:00:01+05:00");
    assertThat(second.getDueDate()).isEqualTo(date("2026-07-10T23:59:59+05:00"));
    List<Map<String, Object>> secondAnswers = rows(second, Vars.EXECUTION_INFORMATION);
    // The information accumulates over the year: the first quarter's answers come back.
    assertThat(secondAnswers).extracting(row -> row.get("executed")).containsExactly(false, true, false);
    assertThat(secondAnswers.get(0).get("nonExecutionReason")).isEqualTo("Жабдықты жеткізу кешікті");
    complete(second, "unit", Map.of(Vars.EXECUTION_INFORMATION, rowsJson(secondAnswers)));
    Task secondReport = task(instance);
    assertThat(secondReport.getDueDate()).isEqualTo(date("2026-07-15T23:59:59+05:00"));
    complete(secondReport, "monitor", Map.of(Vars.MONITORING_REPORT, rowsJson(rows(secondReport,
        Vars.MONITORING_REPORT)), Vars.RECOMMENDATIONS, "Жоспарды түзету", Vars.PROPOSED_CHANGES,
        "1-іс-шараның мерзімін 30 қарашаға ауыстыру; цифрландыру іс-шарасын алып тастау"));
    complete(task(instance), "statehead", Map.of(Vars.REPORT_DECISION, "correct", Vars.MEASURES,
        "Операциялық жоспар түзетілсін"));

    Task correction = task(instance);
    assertThat(correction).hasDefinitionKey(OperationalPlanProcess.TASK_CORRECT).hasCandidateGroupAssociated("planning-unit");
    assertThat((String) taskService.getVariable(correction.getId(), Vars.CORRECTION_REASON))
        .contains("Операциялық жоспар түзетілсін", "30 қарашаға");
    // On the form, in the language its reader chose: the words around the officials' own are the reader's.
    assertThat(FormVariables.shown(rest, correction.getId(), "planner", "ru", Vars.CORRECTION_REASON))
        .isEqualTo("Решение должностных лиц по итогам 2 квартала: Операциялық жоспар түзетілсін\n\n"
            + "Предложения отчёта мониторинга по внесению изменений в план: 1-іс-шараның мерзімін 30 қарашаға "
            + "ауыстыру; цифрландыру іс-шарасын алып тастау");
    assertThat(FormVariables.shown(rest, correction.getId(), "planner", "kk", Vars.CORRECTION_REASON))
        .startsWith("2-тоқсан бойынша лауазымды тұлғалардың шешімі: Операциялық жоспар түзетілсін");
    assertThat(plan(instance).getStatus()).isEqualTo(OperationalPlanStatus.CORRECTION);
    List<Map<String, Object>> corrected = rows(correction, Vars.ACTIVITIES);
    Object firstId = corrected.get(0).get("activityId");
    corrected.get(0).put("deadline", "2026-11-30");
    corrected.remove(2);
    corrected.add(activity("STRATEGIC", "1. Экологиялық тұрақтылық", "Ауа сапасы индексі", null, null,
        "Ауа сапасы туралы ашық деректер порталы", "Цифрлық даму басқармасы", "2026-12-15", "Портал"));
    complete(correction, "planner", Map.of(Vars.ACTIVITIES, rowsJson(corrected)));

    Task reapproval = task(instance);
    assertThat(reapproval).hasDefinitionKey(OperationalPlanProcess.TASK_APPROVE_CORRECTION)
        .hasCandidateGroupAssociated("chief-of-staff");
    assertThat(rows(reapproval, Vars.PLAN_ACTIVITIES)).extracting(row -> row.get("change"))
        .containsExactly("өзгертілді", "", "жаңа");
    assertThat(FormVariables.shown(rest, reapproval.getId(), "chiefofstaff", "kk", Vars.PLAN_OVERVIEW))
        .contains("қосылды 1, өзгертілді 1, алынып тасталды 1");
    assertThat(FormVariables.shown(rest, reapproval.getId(), "chiefofstaff", "ru", Vars.PLAN_OVERVIEW))
        .contains("**По сравнению с действующей редакцией:** добавлено 1, изменено 1, исключено 1");
    // A return without reasons is refused; with reasons it goes back, the corrected list kept.
    assertRefused(() -> complete(reapproval, "chiefofstaff", Map.of(Vars.PLAN_DECISION, "return")),
        "planDecisionComment", "пысықтауға қайтару себебін жазыңыз");
    complete(reapproval, "chiefofstaff", Map.of(Vars.PLAN_DECISION, "return", Vars.PLAN_DECISION_COMMENT,
        "Порталдың аяқталу нысанын нақтылаңыз"));
    Task again = task(instance);
    assertThat(again).hasDefinitionKey(OperationalPlanProcess.TASK_CORRECT);
    assertThat(taskService.getVariable(again.getId(), Vars.APPROVAL_COMMENT))
        .isEqualTo("Порталдың аяқталу нысанын нақтылаңыз");
    List<Map<String, Object>> revised = rows(again, Vars.ACTIVITIES);
    assertThat(revised).hasSize(3);
    revised.get(2).put("completionForm", "Порталды пайдалануға беру актісі");
    complete(again, "planner", Map.of(Vars.ACTIVITIES, rowsJson(revised)));
    complete(task(instance), "chiefofstaff", Map.of(Vars.PLAN_DECISION, "approve"));
    OperationalPlan secondEdition = plan(instance);
    assertThat(secondEdition.getApprovedVersion()).isEqualTo(2);
    assertThat(secondEdition.getStatus()).isEqualTo(OperationalPlanStatus.IN_EXECUTION);
    assertThat(plans.approvedActivities(secondEdition)).extracting(a -> a.getContent().completionForm())
        .containsExactly("Министрге ақпарат", "Бұйрық", "Порталды пайдалануға беру актісі");
    assertThat(plans.approvedActivities(secondEdition).get(0).getReplacesActivityId())
        .isEqualTo(((Number) firstId).longValue());
    assertThat(quarter(instance, 2).getStatus()).isEqualTo(QuarterStatus.CLOSED);

    // Q3: the 10th of October 2026 is a Saturday — the information is due on Monday 12 October; report 15 October.
    Task third = openQuarter(instance, timers.get(2), "2026-10-01T00:00:01+05:00");
    assertThat(third.getDueDate()).isEqualTo(date("2026-10-12T23:59:59+05:00"));
    assertThat(third.getFollowUpDate()).isEqualTo(date("2026-10-09T00:00:00+05:00"));
    assertThat(rows(third, Vars.EXECUTION_INFORMATION)).extracting(row -> row.get("name")).containsExactly(
        "Атмосфералық ауаны бақылау бекеттерін орнату", "Қалдықтарды бөлек жинау жөніндегі бұйрық",
        "Ауа сапасы туралы ашық деректер порталы");
    reportAndAccept(instance, third, date("2026-10-15T23:59:59+05:00"));

    // Q4: the 10th of January 2027 is a Sunday — Monday 11 January; the report by Friday 15 January 2027.
    Task fourth = openQuarter(instance, timers.get(3), "2027-01-04T09:00:00+05:00");
    assertThat(fourth.getDueDate()).isEqualTo(date("2027-01-11T23:59:59+05:00"));
    reportAndAccept(instance, fourth, date("2027-01-15T23:59:59+05:00"));

    assertThat(instance).isEnded().hasPassed(OperationalPlanProcess.TASK_CLOSE_PLAN, OperationalPlanProcess.END_EVENT);
    OperationalPlan closed = plan(instance);
    assertThat(closed.getStatus()).isEqualTo(OperationalPlanStatus.CLOSED);
    assertThat(reporting.quartersOf(closed)).extracting(QuarterReport::getStatus).containsOnly(QuarterStatus.CLOSED);
    assertThat(reporting.quartersOf(closed)).extracting(QuarterReport::getPlanVersion).containsExactly(1, 1, 2, 2);

    // The plan as the API reads it: the edition in force, and each quarter's Annex 2 rows as they were reported.
    JsonNode view = rest.withBasicAuth("monitor", "demo")
        .getForObject("/api/operational-plans/" + instance.getBusinessKey(), JsonNode.class);
    assertThat(view.path("plan").path("status").asText()).isEqualTo("CLOSED");
    assertThat(view.path("plan").path("statusName").asText()).isEqualTo("Жабылды");
    assertThat(rest.withBasicAuth("monitor", "demo").exchange("/api/operational-plans/" + instance.getBusinessKey(),
        HttpMethod.GET, Http.inLanguage("ru"), JsonNode.class).getBody().path("plan").path("statusName").asText())
        .isEqualTo("Закрыт");
    assertThat(view.path("activities")).hasSize(3);
    assertThat(view.path("activities").get(0).path("deadline").asText()).isEqualTo("2026-11-30");
    assertThat(view.path("quarters")).hasSize(4);
    assertThat(view.path("quarters").findValuesAsText("informationDueOn"))
        .containsExactly("2026-04-10", "2026-07-10", "2026-10-12", "2027-01-11");
    assertThat(view.path("quarters").findValuesAsText("reportDueOn"))
        .containsExactly("2026-04-15", "2026-07-15", "2026-10-15", "2027-01-15");
    JsonNode firstQuarterRows = view.path("quarters").get(0).path("rows");
    assertThat(firstQuarterRows.get(0).path("deadline").asText()).isEqualTo("2026-03-31");
    assertThat(firstQuarterRows.get(0).path("nonExecutionReason").asText()).isEqualTo("Жабдықты жеткізу кешікті");
    assertThat(firstQuarterRows.get(0).path("recommendation").asText()).isEqualTo("Мерзімін II тоқсанға ауыстыру");
    assertThat(view.path("quarters").get(1).path("decision").asText()).isEqualTo("CORRECTION");
    assertThat(view.path("decisions").findValuesAsText("outcome")).contains("Q1_ACCEPTED", "Q2_CORRECTION",
        "RETURNED", "APPROVED_V2", "Q4_REPORT", "CLOSED");
    assertThat(rest.withBasicAuth("unit", "demo").getForObject("/api/operational-plans", String.class))
        .contains(instance.getBusinessKey());
    assertThat(rest.getForEntity("/api/operational-plans/" + instance.getBusinessKey(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aChangedDevelopmentPlanOpensACorrectionAtAnyTime() {
    at("2026-01-12T10:00:00+05:00");
    ProcessInstance instance = startAndPropose("2026-01-09", 2026);
    String changes = "/api/operational-plans/" + instance.getBusinessKey() + "/development-plan-changes";
    String body = "{\"changedOn\":\"2026-02-02\",\"description\":\"Жаңа нысаналы индикатор қосылды\"}";
    // Not before the plan is approved; said in the reader's language.
    assertThat(rest.withBasicAuth("planner", "demo").postForEntity(changes, json(body), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    ResponseEntity<JsonNode> tooEarly = rest.withBasicAuth("planner", "demo").postForEntity(changes,
        inRussian(body), JsonNode.class);
    assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(tooEarly.getBody().path("detail").asText()).isEqualTo(instance.getBusinessKey()
        + ": статус плана — «Формируется план»; корректировка по изменению плана развития вносится только в "
        + "утверждённый и не закрытый план");
    approveAssembledPlan(instance);

    assertThat(rest.withBasicAuth("unit", "demo").postForEntity(changes, json(body), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> noDescription = rest.withBasicAuth("planner", "demo")
        .postForEntity(changes, json("{\"changedOn\":\"2026-02-02\"}"), JsonNode.class);
    assertThat(noDescription.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noDescription.getBody().path("field").asText()).isEqualTo("description");
    assertThat(noDescription.getBody().path("detail").asText())
        .isEqualTo("description: даму жоспарына енгізілген өзгерісті сипаттаңыз");
    at("2026-02-03T10:00:00+05:00");
    ResponseEntity<JsonNode> accepted = rest.withBasicAuth("planner", "demo").postForEntity(changes, json(body),
        JsonNode.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(accepted.getBody().path("status").asText()).isEqualTo("CORRECTION");

    Task correction = task(instance, OperationalPlanProcess.TASK_CORRECT_FOR_CHANGE);
    assertThat(correction).hasCandidateGroupAssociated("planning-unit");
    assertThat((String) taskService.getVariable(correction.getId(), Vars.CORRECTION_REASON))
        .contains("2026-02-02", "Жаңа нысаналы индикатор қосылды");
    assertThat(FormVariables.shown(rest, correction.getId(), "planner", "ru", Vars.CORRECTION_REASON))
        .startsWith("В план развития внесено изменение (2026-02-02): ").contains("Жаңа нысаналы индикатор қосылды");
    // The quarters keep waiting for their periods meanwhile.
    assertThat(periodTimers(instance)).hasSize(OperationalPlanProcess.QUARTERS);
    List<Map<String, Object>> rows = rows(correction, Vars.ACTIVITIES);
    rows.add(activity("STRATEGIC", "1. Экологиялық тұрақтылық", null, "1.2. Су ресурстарын сақтау",
        "Суды үнемдеу деңгейі", "Су үнемдеу бағдарламасын әзірлеу", "Су ресурстары комитеті", "2026-09-30",
        "Бұйрық"));
    complete(correction, "planner", Map.of(Vars.ACTIVITIES, rowsJson(rows)));
    Task approval = task(instance, OperationalPlanProcess.TASK_APPROVE_CHANGE);
    assertThat(approval).hasCandidateGroupAssociated("state-body-head");
    assertThat(rows(approval, Vars.PLAN_ACTIVITIES)).extracting(row -> row.get("change"))
        .containsExactly("", "", "", "жаңа");
    complete(approval, "statehead", Map.of(Vars.PLAN_DECISION, "return", Vars.PLAN_DECISION_COMMENT,
        "Аяқталу нысаны — Министрдің бұйрығы"));
    Task again = task(instance, OperationalPlanProcess.TASK_CORRECT_FOR_CHANGE);
    assertThat(taskService.getVariable(again.getId(), Vars.APPROVAL_COMMENT))
        .isEqualTo("Аяқталу нысаны — Министрдің бұйрығы");
    List<Map<String, Object>> revised = rows(again, Vars.ACTIVITIES);
    revised.get(3).put("completionForm", "Министрдің бұйрығы");
    complete(again, "planner", Map.of(Vars.ACTIVITIES, rowsJson(revised)));
    complete(task(instance, OperationalPlanProcess.TASK_APPROVE_CHANGE), "statehead",
        Map.of(Vars.PLAN_DECISION, "approve"));

    assertThat(instance).hasPassed(OperationalPlanProcess.END_CHANGE);
    OperationalPlan corrected = plan(instance);
    assertThat(corrected.getApprovedVersion()).isEqualTo(2);
    assertThat(corrected.getStatus()).isEqualTo(OperationalPlanStatus.IN_EXECUTION);
    assertThat(plans.approvedActivities(corrected)).extracting(a -> a.getContent().completionForm())
        .containsExactly("Министрге ақпарат", "Бұйрық", "Есеп", "Министрдің бұйрығы");
    assertThat(plans.decisionsOf(corrected)).extracting(record -> record.getOutcome())
        .contains("DEVELOPMENT_PLAN_CHANGED", "APPROVED_V2");
  }

  @Test
  void lateInformationAndALateReportAreRecordedAndReported() {
    at("2026-01-12T10:00:00+05:00");
    ProcessInstance instance = approvedPlan("2026-01-09", 2026);
    Task information = openQuarter(instance, periodTimers(instance).get(0), "2026-04-01T00:00:01+05:00");

    Job reminder = job(instance, OperationalPlanProcess.BOUNDARY_INFORMATION_REMINDER);
    assertThat(reminder.getDuedate()).isEqualTo(date("2026-04-09T00:00:00+05:00"));
    managementService.executeJob(reminder.getId());
    Job overdue = job(instance, OperationalPlanProcess.BOUNDARY_INFORMATION_OVERDUE);
    assertThat(overdue.getDuedate()).isEqualTo(date("2026-04-10T23:59:59+05:00"));
    managementService.executeJob(overdue.getId());
    assertThat(quarter(instance, 1).isInformationOverdue()).isTrue();
    assertThat(notices("monitoring-unit", instance.getBusinessKey())).extracting(Task::getName)
        .containsExactly(instance.getBusinessKey() + " · 1-тоқсан: ақпарат беру мерзімі өтті");
    assertThat(notices("structural-unit", instance.getBusinessKey())).hasSize(2);

    // The information still counts when it comes; the report's deadline stays the 15th.
    at("2026-04-13T10:00:00+05:00");
    List<Map<String, Object>> answers = rows(information, Vars.EXECUTION_INFORMATION);
    answers.get(0).put("executed", true);
    answers.get(0).put("actualExecution", "Бекеттер орнатылды");
    complete(information, "unit", Map.of(Vars.EXECUTION_INFORMATION, rowsJson(answers)));
    Job reportReminder = job(instance, OperationalPlanProcess.BOUNDARY_REPORT_REMINDER);
    assertThat(reportReminder.getDuedate()).isEqualTo(date("2026-04-14T00:00:00+05:00"));
    managementService.executeJob(reportReminder.getId());
    Job reportOverdue = job(instance, OperationalPlanProcess.BOUNDARY_REPORT_OVERDUE);
    assertThat(reportOverdue.getDuedate()).isEqualTo(date("2026-04-15T23:59:59+05:00"));
    managementService.executeJob(reportOverdue.getId());
    assertThat(quarter(instance, 1).isReportOverdue()).isTrue();
    assertThat(notices("chief-of-staff", instance.getBusinessKey())).extracting(Task::getName)
        .contains(instance.getBusinessKey() + " · 1-тоқсан: мониторинг есебінің мерзімі өтті");
    assertThat(instance).isWaitingAt(OperationalPlanProcess.TASK_PREPARE_REPORT)
        .hasPassed(OperationalPlanProcess.TASK_REMIND_INFORMATION, OperationalPlanProcess.TASK_INFORMATION_OVERDUE,
            OperationalPlanProcess.TASK_REMIND_REPORT, OperationalPlanProcess.TASK_REPORT_OVERDUE);
  }

  @Test
  void aDayOffDecreedAfterTheQuarterOpenedMovesItsDeadlines() {
    at("2026-01-12T10:00:00+05:00");
    ProcessInstance instance = approvedPlan("2026-01-09", 2026);
    Task information = openQuarter(instance, periodTimers(instance).get(0), "2026-04-01T00:00:01+05:00");
    assertThat(information.getDueDate()).isEqualTo(date("2026-04-10T23:59:59+05:00"));
    String day = "/api/calendar/days/2026-04-10";
    try {
      // A government decree makes Friday 10 April a day off: the information is then due on Monday 13 April.
      ResponseEntity<JsonNode> decreed = rest.withBasicAuth("demo", "demo").exchange(day,
          HttpMethod.PUT, json("{\"kind\":\"DAY_OFF\",\"name\":\"Үкімет қаулысы\"}"),
          JsonNode.class);
      assertThat(decreed.getStatusCode()).isEqualTo(HttpStatus.OK);
      CalendarRecalculation.runQueued(managementService);
      assertThat(taskService.createTaskQuery().taskId(information.getId()).singleResult().getDueDate())
          .isEqualTo(date("2026-04-13T23:59:59+05:00"));
      assertThat(job(instance, OperationalPlanProcess.BOUNDARY_INFORMATION_OVERDUE).getDuedate())
          .isEqualTo(date("2026-04-13T23:59:59+05:00"));
      assertThat(job(instance, OperationalPlanProcess.BOUNDARY_INFORMATION_REMINDER).getDuedate())
          .isEqualTo(date("2026-04-09T00:00:00+05:00"));
      JsonNode view = rest.withBasicAuth("planner", "demo")
          .getForObject("/api/operational-plans/" + instance.getBusinessKey(), JsonNode.class);
      assertThat(view.path("quarters").get(0).path("informationDueOn").asText()).isEqualTo("2026-04-13");
      assertThat(view.path("quarters").get(0).path("reportDueOn").asText()).isEqualTo("2026-04-15");
    } finally {
      rest.withBasicAuth("demo", "demo").delete(day);
      CalendarRecalculation.runQueued(managementService);
    }
    assertThat(taskService.createTaskQuery().taskId(information.getId()).singleResult().getDueDate())
        .isEqualTo(date("2026-04-10T23:59:59+05:00"));
  }

  @Test
  void theHeadCanReturnTheFirstDraftAndItStaysEditionOne() {
    at("2026-01-12T10:00:00+05:00");
    ProcessInstance instance = startAndPropose("2026-01-09", 2026);
    Task assembly = task(instance);
    complete(assembly, "planner", Map.of(Vars.ACTIVITIES, rowsJson(rows(assembly, Vars.ACTIVITIES))));
    complete(task(instance), "chiefofstaff", Map.of(Vars.PLAN_DECISION, "return", Vars.PLAN_DECISION_COMMENT,
        "II бөлімге кадр саясаты жөніндегі іс-шара қосылсын"));

    Task again = task(instance);
    assertThat(again).hasDefinitionKey(OperationalPlanProcess.TASK_ASSEMBLE);
    assertThat(taskService.getVariable(again.getId(), Vars.APPROVAL_COMMENT))
        .isEqualTo("II бөлімге кадр саясаты жөніндегі іс-шара қосылсын");
    assertThat(plan(instance).getStatus()).isEqualTo(OperationalPlanStatus.ASSEMBLY);
    List<Map<String, Object>> draft = rows(again, Vars.ACTIVITIES);
    assertThat(draft).hasSize(3).allSatisfy(row -> assertThat(row.get("activityId")).isNotNull());
    draft.add(activity("OTHER_TASKS", null, null, null, null, "Қызметкерлердің біліктілігін арттыру",
        "Персоналды басқару қызметі", "2026-10-30", "Оқыту жоспары"));
    complete(again, "planner", Map.of(Vars.ACTIVITIES, rowsJson(draft)));
    complete(task(instance), "chiefofstaff", Map.of(Vars.PLAN_DECISION, "approve"));

    OperationalPlan approved = plan(instance);
    assertThat(approved.getApprovedVersion()).isEqualTo(1);
    assertThat(approved.getDraftVersion()).isEqualTo(1);
    assertThat(plans.approvedActivities(approved)).hasSize(4);
    assertThat(plans.proposalsOf(approved)).hasSize(3);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(OperationalPlanProcess.TASK_APPROVE).count()).isEqualTo(2);
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    at("2026-03-13T10:00:00+05:00");
    // The plan covers the current financial year (§3); the signing date cannot be in the future.
    assertRefused(() -> start("2026-03-13", 2030), "planYear",
        "операциялық жоспар ағымдағы қаржы жылына арналады (§3): 2026 немесе 2027 болуы тиіс, берілгені 2030");
    assertRefused(() -> start("2026-04-01", 2026), "signedOn", "қол қойылған күн (2026-04-01) болашақта бола алмайды");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(OperationalPlanProcess.KEY)
        .processInstanceBusinessKeyLike("OPL-2030-%").count()).isZero();

    ProcessInstance instance = start("2026-03-13", 2026);
    Task proposals = task(instance);
    List<Map<String, Object>> noDirection = List.of(activity("STRATEGIC", null, "Ауа сапасы индексі", null, null,
        "Бекеттер", "Экология департаменті", "2026-06-30", "Ақпарат"));
    assertRefused(() -> complete(proposals, "unit", Map.of(Vars.PROPOSALS, rowsJson(noDirection))),
        "proposals[1].strategicDirection",
        "1-жол: I бөлімнің іс-шарасы стратегиялық бағытқа жатады (1-қосымша) — бағытты көрсетіңіз");
    List<Map<String, Object>> both = List.of(activity("STRATEGIC", "1. Бағыт", "Макро", "1.1. Мақсат", "Индикатор",
        "Бекеттер", "Экология департаменті", "2026-06-30", "Ақпарат"));
    assertRefused(() -> complete(proposals, "unit", Map.of(Vars.PROPOSALS, rowsJson(both))),
        "proposals[1].macroIndicator", "1-жол: іс-шара не макроиндикаторға, не мақсаттың нысаналы индикаторына "
            + "жатады, екеуіне бірдей емес (1-қосымша)");
    List<Map<String, Object>> nextYear = List.of(activity("OTHER_TASKS", null, null, null, null, "Бекеттер",
        "Экология департаменті", "2027-02-01", "Ақпарат"));
    assertRefused(() -> complete(proposals, "unit", Map.of(Vars.PROPOSALS, rowsJson(nextYear))),
        "proposals[1].deadline", "1-жол: орындалу мерзімі 2027-02-01 — операциялық жоспар 2026 жылға арналған (§3)");
    List<Map<String, Object>> noExecutor = List.of(activity("OTHER_TASKS", null, null, null, null, "Бекеттер",
        null, "2026-06-01", "Ақпарат"));
    assertRefused(() -> complete(proposals, "unit", Map.of(Vars.PROPOSALS, rowsJson(noExecutor))),
        "proposals[1].executor", "1-жол: жауапты орындаушы міндетті");
    // A Russian reader is told in Russian, the same field pointed at.
    UserLanguage.serve(UserLanguage.RU, () -> {
      assertRefused(() -> complete(proposals, "unit", Map.of(Vars.PROPOSALS, rowsJson(noExecutor))),
          "proposals[1].executor", "строка 1: укажите ответственного исполнителя");
      assertRefused(() -> complete(proposals, "unit", Map.of(Vars.PROPOSALS, rowsJson(nextYear))),
          "proposals[1].deadline", "строка 1: срок исполнения 2027-02-01 — операционный план разрабатывается на "
              + "2026 год (§3)");
    });
    assertThat(plans.proposalsOf(plan(instance))).isEmpty();
    assertThat(instance).isWaitingAt(OperationalPlanProcess.TASK_SUBMIT_PROPOSALS);
  }

  // --- helpers ---

  /** The work is refused as bad input naming {@code field}, saying {@code reason} (in the language served). */
  private static void assertRefused(ThrowingCallable work, String field, String reason) {
    Throwable thrown = catchThrowable(work);
    assertThat(thrown).as("refused").isNotNull();
    BadInput refused = null;
    for (Throwable cause = thrown; cause != null && refused == null; cause = cause.getCause()) {
      if (cause instanceof BadInput badInput) {
        refused = badInput;
      }
    }
    assertThat(refused).as("bad input in " + thrown).isNotNull();
    assertThat(refused.field()).isEqualTo(field);
    assertThat(refused.reason()).isEqualTo(reason);
    assertThat(thrown).hasMessageContaining(field + ": " + reason);
  }

  private static HttpEntity<String> inRussian(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.add(HttpHeaders.COOKIE, UserLanguage.COOKIE + "=ru");
    return new HttpEntity<>(body, headers);
  }

  private ProcessInstance approvedPlan(String signedOn, int year) {
    ProcessInstance instance = startAndPropose(signedOn, year);
    approveAssembledPlan(instance);
    return instance;
  }

  private void approveAssembledPlan(ProcessInstance instance) {
    Task assembly = task(instance);
    complete(assembly, "planner", Map.of(Vars.ACTIVITIES, rowsJson(rows(assembly, Vars.ACTIVITIES))));
    complete(task(instance), "chiefofstaff", Map.of(Vars.PLAN_DECISION, "approve"));
    assertThat(plan(instance).getStatus()).isEqualTo(OperationalPlanStatus.IN_EXECUTION);
  }

  private ProcessInstance startAndPropose(String signedOn, int year) {
    ProcessInstance instance = start(signedOn, year);
    complete(task(instance), "unit", Map.of(Vars.PROPOSALS, rowsJson(proposalRows(year))));
    return instance;
  }

  private ProcessInstance start(String signedOn, int year) {
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.STATE_BODY_NAME, "Экология және табиғи ресурстар министрлігі");
    form.put(Vars.DEVELOPMENT_PLAN_NAME, "Министрліктің 2026–2030 жылдарға арналған даму жоспары");
    form.put(Vars.DEVELOPMENT_PLAN_NUMBER, "12-ө");
    form.put(Vars.SIGNED_ON, signedOn);
    form.put(Vars.PLAN_YEAR, (long) year);
    identityService.setAuthentication("planner", List.of("planning-unit"));
    ProcessInstance started;
    try {
      started = runtimeService.startProcessInstanceByKey(OperationalPlanProcess.KEY, form);
    } finally {
      identityService.clearAuthentication();
    }
    // The business key is set by the registration step.
    return runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
  }

  /** Three activities of Annex 1: one under a macro-indicator, one under a goal's target indicator, one in section II. */
  private static List<Map<String, Object>> proposalRows(int year) {
    return List.of(
        activity("STRATEGIC", "1. Экологиялық тұрақтылық", "Ауа сапасы индексі", null, null,
            "Атмосфералық ауаны бақылау бекеттерін орнату", "Экологиялық реттеу комитеті", year + "-03-31",
            "Министрге ақпарат", "001"),
        activity("STRATEGIC", "1. Экологиялық тұрақтылық", null, "1.1. Қалдықтарды азайту",
            "Қайта өңделген қалдықтар үлесі", "Қалдықтарды бөлек жинау жөніндегі бұйрық",
            "Қалдықтарды басқару департаменті", year + "-06-30", "Бұйрық", null),
        activity("OTHER_TASKS", null, null, null, null, "Мемлекеттік қызметтерді цифрландыру",
            "Цифрландыру басқармасы", year + "-12-25", "Есеп", "002"));
  }

  private static Map<String, Object> activity(String section, String direction, String macro, String goal,
      String target, String name, String executor, String deadline, String completionForm) {
    return activity(section, direction, macro, goal, target, name, executor, deadline, completionForm, null);
  }

  private static Map<String, Object> activity(String section, String direction, String macro, String goal,
      String target, String name, String executor, String deadline, String completionForm, String code) {
    Map<String, Object> row = new HashMap<>();
    row.put("section", section);
    row.put("strategicDirection", direction);
    row.put("macroIndicator", macro);
    row.put("goal", goal);
    row.put("targetIndicator", target);
    row.put("name", name);
    row.put("budgetProgrammeCode", code);
    row.put("executor", executor);
    row.put("deadline", deadline);
    row.put("completionForm", completionForm);
    return row;
  }

  /** Moves the clock to the period's start and fires its timer: the units' information task opens. */
  private Task openQuarter(ProcessInstance instance, Job timer, String moment) {
    at(moment);
    managementService.executeJob(timer.getId());
    return task(instance, OperationalPlanProcess.TASK_SUBMIT_INFORMATION);
  }

  private void reportAndAccept(ProcessInstance instance, Task information, Date reportDue) {
    List<Map<String, Object>> answers = rows(information, Vars.EXECUTION_INFORMATION);
    for (Map<String, Object> row : answers) {
      row.put("executed", true);
      row.put("actualExecution", "Орындалды");
    }
    complete(information, "unit", Map.of(Vars.EXECUTION_INFORMATION, rowsJson(answers)));
    Task report = task(instance, OperationalPlanProcess.TASK_PREPARE_REPORT);
    assertThat(report.getDueDate()).isEqualTo(reportDue);
    complete(report, "monitor", Map.of(Vars.MONITORING_REPORT, rowsJson(rows(report, Vars.MONITORING_REPORT)),
        Vars.RECOMMENDATIONS, "Орындалу бақылауда"));
    complete(task(instance, OperationalPlanProcess.TASK_DECIDE), "statehead", Map.of(Vars.REPORT_DECISION, "accept",
        Vars.MEASURES, "Есеп қабылдансын"));
  }

  private List<Job> periodTimers(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(OperationalPlanProcess.TIMER_PERIOD_STARTS).list().stream()
        .sorted(Comparator.comparing(Job::getDuedate)).toList();
  }

  private Job job(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
  }

  private OperationalPlan plan(ProcessInstance instance) {
    return plans.requireByNumber(instance.getBusinessKey());
  }

  private QuarterReport quarter(ProcessInstance instance, int quarter) {
    return reporting.quarterOf(plan(instance), quarter).orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rows(Task task, String variable) {
    Object value = taskService.getVariable(task.getId(), variable);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object row : (List<Object>) Spin.JSON(value.toString()).mapTo(List.class)) {
      rows.add(new HashMap<>((Map<String, Object>) row));
    }
    return rows;
  }

  private static String rowsJson(List<Map<String, Object>> rows) {
    return Spin.JSON(rows).toString();
  }

  private List<Task> notices(String group, String number) {
    return taskService.createTaskQuery().taskCandidateGroup(group).taskNameLike(number + " ·%").list().stream()
        .filter(task -> task.getProcessInstanceId() == null).toList();
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Task task(ProcessInstance instance, String definitionKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(definitionKey)
        .singleResult();
  }

  private void complete(Task task, String user, Map<String, Object> variables) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
        .toList();
    identityService.setAuthentication(user, groups);
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static void at(String moment) {
    ClockUtil.setCurrentTime(date(moment));
  }

  private static Date date(String moment) {
    return Date.from(OffsetDateTime.parse(moment).toInstant());
  }

  /** The rows of a dynamic list as {@code user}'s form shows them in {@code language}. */
  private List<Map<String, Object>> formRows(Task task, String user, String language, String name) {
    JsonNode variable = FormVariables.of(rest, task.getId(), user, language).path(name);
    assertThat(variable.path("type").asText()).as(name + " on the form of " + task.getId()).isEqualTo("Json");
    return ProcessVariables.rows(name, variable.path("value").asText());
  }
}
