package kz.jobalyq.planning.financing;

import static kz.jobalyq.planning.financing.FinancingTestSupport.at;
import static kz.jobalyq.planning.financing.FinancingTestSupport.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.planning.financing.FinancingAgreementProcess.Vars;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The financing agreement's life cycle (EU-FINANCING.md): milestones from t0, the contract register with the M36
 * cut-off, automatic termination at M36 and of unpaid contracts, the six-monthly reporting and the phase changes
 * at M60, M84 and M90.
 */
@IntegrationTest
class FinancingAgreementProcessTest {

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
  private TestRestTemplate rest;

  private FinancingTestSupport fa;

  @BeforeEach
  void setUp() {
    init(engine);
    fa = new FinancingTestSupport(runtimeService, taskService, managementService, identityService, rest);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void theLastSignatureIsT0AndEveryMilestoneIsCountedInCalendarMonths() {
    ProcessInstance instance = fa.sign();

    assertThat(instance.getBusinessKey()).matches("FA-2026-\\d{4}");
    JsonNode agreement = fa.agreement(instance);
    assertThat(agreement.path("status").asText()).isEqualTo("IN_FORCE_OPERATIONAL");
    assertThat(agreement.path("legalBasis").asText()).contains("№ 688");
    JsonNode milestones = agreement.path("milestones");
    assertThat(milestones.path("entryIntoForce").asText()).isEqualTo("2026-03-10");
    assertThat(milestones.path("contractSigningCutoff").asText()).isEqualTo("2029-03-10");
    assertThat(milestones.path("operationalPhaseEnds").asText()).isEqualTo("2031-03-10");
    assertThat(milestones.path("closurePhaseEnds").asText()).isEqualTo("2033-03-10");
    assertThat(milestones.path("balanceCancelled").asText()).isEqualTo("2033-09-10");

    // No working days: M36 ends at the end of Saturday 10 March 2029, not on the next working day.
    assertThat(fa.timer(instance, FinancingAgreementProcess.TIMER_CUTOFF).getDuedate())
        .isEqualTo(date("2029-03-10T23:59:59+05:00"));
    assertThat(instance).isWaitingAt(FinancingAgreementProcess.TIMER_CUTOFF,
        FinancingAgreementProcess.TIMER_PERIOD_OPENS);
    assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys(Vars.TITLE, Vars.EU_CONTRIBUTION);
  }

  @Test
  void aServiceContractIsRefusedAtM37WhileAnAuditContractIsAccepted() {
    ProcessInstance instance = fa.sign();
    fa.contractInPayment(instance, "SC-2026-1");
    assertThat(fa.contract(instance, "SC-2026-1").path("status").asText()).isEqualTo("IN_PAYMENT");

    fa.passCutoff(instance);
    JsonNode afterCutoff = fa.agreement(instance);
    assertThat(afterCutoff.path("status").asText()).isEqualTo("IN_FORCE_OPERATIONAL");
    // 10.0 m ceiling − 0.7 m contingency reserve (kept, GC 6.4) − 4.6 m signed = 4.7 m cancelled (GC 6.3).
    assertThat(afterCutoff.path("cancelledAtCutoff").decimalValue()).isEqualByComparingTo("4700000");
    assertThat(fa.notices("national-coordinator", instance)).extracting(Task::getName)
        .anyMatch(name -> name.contains("М36"));

    at("2029-04-10T11:00:00+05:00");
    ResponseEntity<JsonNode> service = fa.registerContract(instance, "SC-2029-7", "SERVICE", "2029-04-10", 300000);
    assertThat(service.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(service.getBody().path("detail").asText()).contains("GC 6.1", "М36 = 2029-03-10");

    ResponseEntity<JsonNode> audit = fa.registerContract(instance, "AU-2029-1", "AUDIT", "2029-04-10", 150000);
    assertThat(audit.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(audit.getBody().path("cutoffRule").asText()).contains("GC 6.2");
    ResponseEntity<JsonNode> evaluation = fa.registerContract(instance, "EV-2029-1", "EVALUATION", "2029-04-10",
        50000);
    assertThat(evaluation.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    // A service contract signed on M36 itself and registered late is still in time.
    assertThat(fa.registerContract(instance, "SC-2029-3", "SERVICE", "2029-03-10", 100000).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    // An addendum to a signed contract may come after M36; payments are then checked against both.
    ResponseEntity<JsonNode> addendum = fa.post("eudelegation", instance, "contracts", "{\"reference\":\"SC-2026-1/A1\","
        + "\"type\":\"ADDENDUM\",\"title\":\"Мерзімді ұзарту\",\"contractor\":\"Consortium EU-KZ\",\"amount\":200000,"
        + "\"signedOn\":\"2029-04-10\",\"parentReference\":\"SC-2026-1\"}");
    assertThat(addendum.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(addendum.getBody().path("parentReference").asText()).isEqualTo("SC-2026-1");
    assertThat(fa.contract(instance, "SC-2026-1").path("valueWithAddenda").decimalValue())
        .isEqualByComparingTo("4800000");
    assertThat(fa.agreement(instance).path("contracts")).extracting(contract -> contract.path("reference").asText())
        .containsExactly("SC-2026-1", "SC-2029-3", "AU-2029-1", "EV-2029-1", "SC-2026-1/A1")
        .doesNotContain("SC-2029-7");
  }

  @Test
  void theAgreementTerminatesAutomaticallyAtM36WithoutPaymentOrContract() {
    ProcessInstance instance = fa.sign();

    fa.passCutoff(instance);

    assertThat(instance).isEnded().hasPassed(FinancingAgreementProcess.END_AUTO_TERMINATED);
    JsonNode agreement = fa.agreement(instance);
    assertThat(agreement.path("status").asText()).isEqualTo("AUTO_TERMINATED");
    assertThat(agreement.path("endedOn").asText()).isEqualTo("2029-03-10");
    assertThat(agreement.path("endReason").asText()).contains("GC 19.2", "келісімшартқа қол қойылмады");
    at("2029-03-12T10:00:00+05:00");
    ResponseEntity<JsonNode> late = fa.registerContract(instance, "AU-1", "AUDIT", "2029-03-12", 1000);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aSignedContractWithoutAnyPaymentDoesNotSaveTheAgreementAtM36() {
    ProcessInstance instance = fa.sign();
    at("2026-05-02T10:00:00+05:00");
    assertThat(fa.registerContract(instance, "GR-1", "GRANT", "2026-05-01", 900000).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    fa.passCutoff(instance);

    assertThat(instance).isEnded().hasPassed(FinancingAgreementProcess.END_AUTO_TERMINATED);
    assertThat(fa.agreement(instance).path("endReason").asText()).contains("GC 19.2", "төлем жүргізілмеді");
  }

  @Test
  void aContractWithoutPaymentTerminatesThreeYearsAfterItsSignature() {
    ProcessInstance instance = fa.sign();
    fa.contractInPayment(instance, "SC-1");
    at("2026-06-02T10:00:00+05:00");
    assertThat(fa.registerContract(instance, "GR-1", "GRANT", "2026-05-15", 900000).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(fa.timers(instance, FinancingAgreementProcess.TIMER_CONTRACT_PAYMENT))
        .extracting(job -> job.getDuedate())
        .containsExactlyInAnyOrder(date("2029-04-01T23:59:59+05:00"), date("2029-05-15T23:59:59+05:00"));
    fa.passCutoff(instance);

    // SC-1 was paid within its 3 years: its watch ends quietly.
    at("2029-04-01T23:59:59+05:00");
    managementService.executeJob(fa.timers(instance, FinancingAgreementProcess.TIMER_CONTRACT_PAYMENT).stream()
        .filter(job -> job.getDuedate().equals(date("2029-04-01T23:59:59+05:00"))).findFirst().orElseThrow().getId());
    assertThat(fa.contract(instance, "SC-1").path("status").asText()).isEqualTo("IN_PAYMENT");

    // A payment made after the 3 years but before the timer ran is refused all the same.
    at("2029-05-16T09:00:00+05:00");
    ResponseEntity<JsonNode> tooLate = fa.pay(instance, "GR-1", "PAY-GR-1", 1000, "2029-05-16");
    assertThat(tooLate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(tooLate.getBody().path("detail").asText()).contains("GC 6.5", "2029-05-15");

    fa.fire(instance, FinancingAgreementProcess.TIMER_CONTRACT_PAYMENT, "2029-05-15T23:59:59+05:00");
    assertThat(instance).hasPassed(FinancingAgreementProcess.END_CONTRACT_TERMINATED,
        FinancingAgreementProcess.END_CONTRACT_IN_PAYMENT);
    JsonNode grant = fa.contract(instance, "GR-1");
    assertThat(grant.path("status").asText()).isEqualTo("AUTO_TERMINATED");
    assertThat(grant.path("terminatedOn").asText()).isEqualTo("2029-05-15");
    // Its funding is cancelled: only the paid service contract still binds the contribution.
    assertThat(fa.agreement(instance).path("committed").decimalValue()).isEqualByComparingTo("4600000");
    assertThat(fa.notices("eu-delegation", instance)).extracting(Task::getName)
        .anyMatch(name -> name.contains("GR-1"));
  }

  @Test
  void sixMonthlyReportAndSteeringCommitteeTasksAppearOnSchedule() {
    ProcessInstance instance = fa.sign();
    // The first half-year ends on M6 = 10 September 2026; its tasks open a month before.
    assertThat(fa.timer(instance, FinancingAgreementProcess.TIMER_PERIOD_OPENS).getDuedate())
        .isEqualTo(date("2026-08-10T00:00:00+05:00"));
    fa.fire(instance, FinancingAgreementProcess.TIMER_PERIOD_OPENS, "2026-08-10T00:00:00+05:00");

    Task report = fa.task(instance, FinancingAgreementProcess.TASK_REPORT);
    assertThat(report).hasCandidateGroupAssociated("national-coordinator");
    assertThat(report.getName()).isEqualTo(instance.getBusinessKey() + " · 1-жартыжылдық есепті ұсыну");
    assertThat(report.getDueDate()).isEqualTo(date("2026-09-10T23:59:59+05:00"));
    Task meeting = fa.task(instance, FinancingAgreementProcess.TASK_MEETING);
    assertThat(meeting).hasCandidateGroupAssociated("financing-steering-committee");
    assertThat(meeting.getDueDate()).isEqualTo(date("2026-09-10T23:59:59+05:00"));
    // The next half-year is already planned: M12 = 10 March 2027, its tasks from 10 February.
    assertThat(fa.timer(instance, FinancingAgreementProcess.TIMER_PERIOD_OPENS).getDuedate())
        .isEqualTo(date("2027-02-10T00:00:00+05:00"));

    at("2026-09-01T10:00:00+05:00");
    assertThatThrownBy(() -> fa.complete(report, "natcoord", Map.of(Vars.REPORT_SUMMARY, "Индикаторлар орындалуда")))
        .hasMessageContaining(Vars.REPORT_REFERENCE + ": толтыру міндетті");
    fa.complete(report, "natcoord", Map.of(Vars.REPORT_REFERENCE, "ЕС-01/2026",
        Vars.REPORT_SUMMARY, "Индикаторлар орындалуда"));
    // The meeting is late: marked, the committee and the EU delegation are told, its task stays open.
    fa.fire(instance, FinancingAgreementProcess.BOUNDARY_MEETING_OVERDUE, "2026-09-10T23:59:59+05:00");
    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_MEETING)).isNotNull();
    assertThat(fa.notices("financing-steering-committee", instance)).isNotEmpty();
    at("2026-09-15T10:00:00+05:00");
    fa.complete(meeting, "finsc", Map.of(Vars.MEETING_HELD_ON, "2026-09-15", Vars.MINUTES_REFERENCE, "БК-1",
        Vars.MEETING_DECISIONS, "Есеп мақұлданды"));

    JsonNode first = fa.agreement(instance).path("periods").get(0);
    assertThat(first.path("number").asInt()).isEqualTo(1);
    assertThat(first.path("startsOn").asText()).isEqualTo("2026-03-10");
    assertThat(first.path("endsOn").asText()).isEqualTo("2026-09-10");
    assertThat(first.path("reportReference").asText()).isEqualTo("ЕС-01/2026");
    assertThat(first.path("reportOverdue").asBoolean()).isFalse();
    assertThat(first.path("meetingHeldOn").asText()).isEqualTo("2026-09-15");
    assertThat(first.path("meetingOverdue").asBoolean()).isTrue();
    assertThat(fa.agreement(instance).path("decisions")).extracting(decision -> decision.path("outcome").asText())
        .contains("MEETING_HELD");

    fa.fire(instance, FinancingAgreementProcess.TIMER_PERIOD_OPENS, "2027-02-10T00:00:00+05:00");
    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_REPORT).getName())
        .isEqualTo(instance.getBusinessKey() + " · 2-жартыжылдық есепті ұсыну");
    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_REPORT).getDueDate())
        .isEqualTo(date("2027-03-10T23:59:59+05:00"));
  }

  @Test
  void theHalfYearsTasksAreRemindedTheWorkingDayBeforeAndMarkedWhenLate() {
    ProcessInstance instance = fa.sign();
    fa.fire(instance, FinancingAgreementProcess.TIMER_PERIOD_OPENS, "2026-08-10T00:00:00+05:00");
    Task report = fa.task(instance, FinancingAgreementProcess.TASK_REPORT);
    // Due Thursday 10 September: reminded at the start of Wednesday 9 September.
    assertThat(report.getFollowUpDate()).isEqualTo(date("2026-09-09T00:00:00+05:00"));
    assertThat(fa.timer(instance, FinancingAgreementProcess.BOUNDARY_REPORT_REMINDER).getDuedate())
        .isEqualTo(date("2026-09-09T00:00:00+05:00"));

    fa.fire(instance, FinancingAgreementProcess.BOUNDARY_REPORT_REMINDER, "2026-09-09T00:00:00+05:00");
    fa.fire(instance, FinancingAgreementProcess.BOUNDARY_MEETING_REMINDER, "2026-09-09T00:00:00+05:00");
    assertThat(fa.notices("national-coordinator", instance)).extracting(Task::getName)
        .anyMatch(name -> name.contains("1-жартыжылдық есептің мерзімі жақын"));
    assertThat(fa.notices("financing-steering-committee", instance)).extracting(Task::getName)
        .anyMatch(name -> name.contains("отырысының мерзімі жақын"));

    fa.fire(instance, FinancingAgreementProcess.BOUNDARY_REPORT_OVERDUE, "2026-09-10T23:59:59+05:00");
    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_REPORT)).isNotNull();
    assertThat(fa.agreement(instance).path("periods").get(0).path("reportOverdue").asBoolean()).isTrue();
    assertThat(fa.notices("eu-delegation", instance)).extracting(Task::getName)
        .anyMatch(name -> name.contains("мерзімінде ұсынылмады"));
  }

  @Test
  void reportingRunsHalfYearByHalfYearToTheEndOfTheExecutionPeriod() {
    ProcessInstance instance = fa.sign();
    int opened = 0;
    while (fa.timer(instance, FinancingAgreementProcess.TIMER_PERIOD_OPENS) != null) {
      at(fa.timer(instance, FinancingAgreementProcess.TIMER_PERIOD_OPENS).getDuedate().toInstant().toString());
      managementService.executeJob(fa.timer(instance, FinancingAgreementProcess.TIMER_PERIOD_OPENS).getId());
      opened++;
      assertThat(opened).as("half-years opened").isLessThanOrEqualTo(14);
    }

    // M6 … M84: fourteen half-years; the fifteenth would end after the execution period.
    assertThat(opened).isEqualTo(14);
    assertThat(instance).hasPassed(FinancingAgreementProcess.END_REPORTING);
    assertThat(fa.tasks(instance, FinancingAgreementProcess.TASK_REPORT)).hasSize(14);
    JsonNode periods = fa.agreement(instance).path("periods");
    assertThat(periods.get(13).path("endsOn").asText()).isEqualTo("2033-03-10");
  }

  @Test
  void theAgreementMovesToClosureAtM60ExpiresAtM84AndItsBalanceIsCancelledAtM90() {
    ProcessInstance instance = fa.sign();
    fa.contractInPayment(instance, "SC-1");
    fa.passCutoff(instance);

    fa.fire(instance, FinancingAgreementProcess.TIMER_OPERATIONAL_END, "2031-03-10T23:59:59+05:00");
    JsonNode closure = fa.agreement(instance);
    assertThat(closure.path("status").asText()).isEqualTo("CLOSURE");
    assertThat(closure.path("closureStartedOn").asText()).isEqualTo("2031-03-10");
    assertThat(instance).isWaitingAt(FinancingAgreementProcess.TIMER_CLOSURE_END);
    // The closure phase still takes the final audit.
    at("2031-06-01T10:00:00+05:00");
    assertThat(fa.registerContract(instance, "AU-FINAL", "AUDIT", "2031-06-01", 100000).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    fa.fire(instance, FinancingAgreementProcess.TIMER_CLOSURE_END, "2033-03-10T23:59:59+05:00");
    assertThat(fa.agreement(instance).path("status").asText()).isEqualTo("EXPIRED");
    at("2033-04-01T10:00:00+05:00");
    assertThat(fa.registerContract(instance, "AU-LATE", "AUDIT", "2033-04-01", 1000).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    fa.fire(instance, FinancingAgreementProcess.TIMER_BALANCE, "2033-09-10T23:59:59+05:00");
    assertThat(instance).isEnded().hasPassed(FinancingAgreementProcess.END_BALANCE_CANCELLED);
    JsonNode ended = fa.agreement(instance);
    assertThat(ended.path("status").asText()).isEqualTo("BALANCE_CANCELLED");
    assertThat(ended.path("endedOn").asText()).isEqualTo("2033-09-10");
    assertThat(ended.path("endReason").asText()).contains("GC 4.3");
  }

  @Test
  void theApiNamesEveryWrongFieldAndChecksWhoCalls() {
    ProcessInstance instance = fa.sign();

    ResponseEntity<JsonNode> bad = fa.post("eudelegation", instance, "contracts",
        "{\"reference\":\"\",\"type\":\"CONSULTING\",\"amount\":-5,\"signedOn\":\"10.03.2026\"}");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().path("field").asText()).isEqualTo("reference");
    assertThat(bad.getBody().path("detail").asText())
        .contains("reference: толтыру міндетті", "type: 'CONSULTING' мүмкін емес; мүмкін мәндер [SERVICE",
            "title: толтыру міндетті", "contractor: толтыру міндетті", "amount: сома нөлден үлкен болуы тиіс",
            "signedOn: '10.03.2026' күн емес (2026-03-19)");
    // A Russian reader is answered in Russian, field by field.
    ResponseEntity<JsonNode> badInRussian = fa.postInRussian("eudelegation", instance, "contracts",
        "{\"reference\":\"\",\"type\":\"CONSULTING\",\"amount\":-5,\"signedOn\":\"10.03.2026\"}");
    assertThat(badInRussian.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badInRussian.getBody().path("detail").asText())
        .contains("reference: обязательное поле",
            "type: значение «CONSULTING» недопустимо; допустимые значения: [SERVICE",
            "amount: сумма должна быть больше нуля", "signedOn: «10.03.2026» — не дата (2026-03-19)")
        .doesNotContain("міндетті");

    ResponseEntity<JsonNode> beforeT0 = fa.registerContract(instance, "SC-0", "SERVICE", "2026-03-01", 1000);
    assertThat(beforeT0.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(beforeT0.getBody().path("detail").asText())
        .isEqualTo("signedOn: келісім күшіне енгенге (t0 = 2026-03-10) дейін болуы мүмкін емес");

    ResponseEntity<JsonNode> overCeiling = fa.registerContract(instance, "SC-BIG", "SERVICE", "2026-03-11",
        10000001);
    assertThat(overCeiling.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(overCeiling.getBody().path("detail").asText())
        .startsWith("Келісімшарттар ЕО үлесінен асады: 10000001 > 10000000").endsWith(" EUR (SC 2.2)");

    fa.contractInPayment(instance, "SC-1");
    assertThat(fa.registerContract(instance, "SC-1", "SERVICE", "2026-04-01", 1000).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    ResponseEntity<JsonNode> unknown = fa.pay(instance, "SC-9", "P-9", 10, "2026-06-01");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().path("detail").asText())
        .isEqualTo("contractReference: тізілімде 'SC-9' келісімшарты жоқ");
    ResponseEntity<JsonNode> overpaid = fa.pay(instance, "SC-1", "P-2", 4400000, "2026-06-01");
    assertThat(overpaid.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(overpaid.getBody().path("detail").asText())
        .contains("SC-1: төлемдер келісімшарт сомасынан асады: 4650000.00 > 4600000.00 EUR");

    assertThat(rest.getForEntity(FinancingTestSupport.API + instance.getBusinessKey(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(fa.post("lead", instance, "contracts", "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(fa.post("natcoord", instance, "payments", "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("natcoord", "demo").getForEntity(FinancingTestSupport.API + "FA-1999-0001",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theStartFormIsCheckedFieldByField() {
    at("2026-03-11T10:00:00+05:00");
    identityService.setAuthentication("natcoord", java.util.List.of("national-coordinator"));
    try {
      assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(FinancingAgreementProcess.KEY,
          Map.of(Vars.TITLE, "Бағдарлама", Vars.LEGAL_BASIS, "Қаулы", Vars.EU_CONTRIBUTION, 1000,
              Vars.CONTINGENCY_RESERVE, 2000, Vars.BENEFICIARY_SIGNED_ON, "2026-03-02",
              Vars.COMMISSION_SIGNED_ON, "2026-04-01")))
          .hasMessageContaining(Vars.CONTINGENCY_RESERVE + ": резерв ЕО үлесінен аспауы тиіс")
          .hasMessageContaining(Vars.COMMISSION_SIGNED_ON + ": болашақ күн бола алмайды");
    } finally {
      identityService.clearAuthentication();
    }
  }
}
