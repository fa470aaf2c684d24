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
import kz.jobalyq.support.FormVariables;
import kz.jobalyq.system.i18n.UserLanguage;
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
 * The parties' requests on a financing agreement and its suspension: extensions with their 3-month lead time
 * (GC 4.4–4.5), amendments agreed by both parties (GC 17), contingency reserve use on two written documents
 * (TAP §13), and suspension → 4 months → termination with 2 months' notice (GC 18–19).
 */
@IntegrationTest
class FinancingRequestsTest {

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

  // --- extension (GC 4.4–4.5) ---

  @Test
  void anExtensionRequestedLessThanThreeMonthsBeforeThePhaseEndsIsRefused() {
    ProcessInstance instance = runningPastCutoff();

    // The operational phase ends on 10 March 2031: the last day to ask is 10 December 2030.
    at("2030-12-11T10:00:00+05:00");
    ResponseEntity<JsonNode> late = extension(instance, "OPERATIONAL", 6);

    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode request = late.getBody();
    assertThat(request.path("number").asText()).isEqualTo("EXT-" + instance.getBusinessKey() + "-1");
    assertThat(request.path("status").asText()).isEqualTo("REFUSED_LATE");
    assertThat(request.path("latestRequestOn").asText()).isEqualTo("2030-12-10");
    assertThat(request.path("outcomeReason").asText()).contains("GC 4.4", "2030-12-10", "2030-12-11");
    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_DECIDE_EXTENSION)).isNull();
    assertThat(instance).hasPassed(FinancingAgreementProcess.END_EXTENSION_REFUSED_LATE);
    assertThat(fa.agreement(instance).path("milestones").path("operationalPhaseEnds").asText())
        .isEqualTo("2031-03-10");
  }

  @Test
  void anExtensionInTimeApprovedByTheCommissionMovesThePhaseEndsAndTheTimersWaitForThem() {
    ProcessInstance instance = runningPastCutoff();
    at("2030-12-10T10:00:00+05:00");
    ResponseEntity<JsonNode> inTime = extension(instance, "OPERATIONAL", 6);
    assertThat(inTime.getBody().path("status").asText()).isEqualTo("SUBMITTED");

    Task decision = fa.task(instance, FinancingAgreementProcess.TASK_DECIDE_EXTENSION);
    assertThat(decision).hasCandidateGroupAssociated("european-commission");
    assertThat(decision.getName()).startsWith("EXT-" + instance.getBusinessKey() + "-1 · ");
    assertThat(decision.getDueDate()).isEqualTo(date("2031-03-10T23:59:59+05:00"));
    assertThat(FormVariables.shown(rest, decision.getId(), "commission", "kk", Vars.REQUEST_SUMMARY))
        .contains("**Кезеңді ұзарту:** ", "Реформа кестесі кешікті",
            "**Кезеңнің қазіргі аяқталуы:** 10.03.2031; Комиссия осы күнге дейін мақұлдауы тиіс");
    assertThat(FormVariables.shown(rest, decision.getId(), "commission", "ru", Vars.REQUEST_SUMMARY))
        .contains("**Продление этапа:** ", "Реформа кестесі кешікті",
            "**Текущее окончание этапа:** 10.03.2031; Комиссия должна одобрить до этой даты")
        .doesNotContain("Сұраған тарап");
    // A second request for the same phase waits for the first.
    assertThat(extension(instance, "OPERATIONAL", 3).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    at("2031-01-15T10:00:00+05:00");
    fa.complete(decision, "commission", Map.of(Vars.EXTENSION_DECISION, "approve",
        Vars.DECISION_COMMENT, "Ерекше жағдай негізделген"));
    assertThat(instance).hasPassed(FinancingAgreementProcess.END_PHASE_EXTENDED);
    JsonNode extended = fa.agreement(instance);
    assertThat(extended.path("milestones").path("operationalPhaseEnds").asText()).isEqualTo("2031-09-10");
    assertThat(extended.path("milestones").path("closurePhaseEnds").asText()).isEqualTo("2033-09-10");
    assertThat(extended.path("milestones").path("balanceCancelled").asText()).isEqualTo("2034-03-10");
    assertThat(extended.path("requests").get(0).path("status").asText()).isEqualTo("APPROVED");
    assertThat(extended.path("decisions")).anyMatch(d -> "commission".equals(d.path("decidedBy").asText())
        && "APPROVED".equals(d.path("outcome").asText()));

    // The timer set for the old M60 fires and waits again for the new end.
    fa.fire(instance, FinancingAgreementProcess.TIMER_OPERATIONAL_END, "2031-03-10T23:59:59+05:00");
    assertThat(fa.agreement(instance).path("status").asText()).isEqualTo("IN_FORCE_OPERATIONAL");
    assertThat(fa.timer(instance, FinancingAgreementProcess.TIMER_OPERATIONAL_END).getDuedate())
        .isEqualTo(date("2031-09-10T23:59:59+05:00"));
    fa.fire(instance, FinancingAgreementProcess.TIMER_OPERATIONAL_END, "2031-09-10T23:59:59+05:00");
    assertThat(fa.agreement(instance).path("status").asText()).isEqualTo("CLOSURE");
    assertThat(fa.timer(instance, FinancingAgreementProcess.TIMER_CLOSURE_END).getDuedate())
        .isEqualTo(date("2033-09-10T23:59:59+05:00"));
  }

  @Test
  void anExtensionTheCommissionDoesNotApproveBeforeThePhaseEndsLapses() {
    ProcessInstance instance = runningPastCutoff();
    at("2030-11-01T10:00:00+05:00");
    extension(instance, "OPERATIONAL", 12);

    fa.fire(instance, FinancingAgreementProcess.BOUNDARY_EXTENSION_NOT_DECIDED, "2031-03-10T23:59:59+05:00");

    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_DECIDE_EXTENSION)).isNull();
    assertThat(instance).hasPassed(FinancingAgreementProcess.END_EXTENSION_LAPSED);
    assertThat(fa.agreement(instance).path("requests").get(0).path("status").asText()).isEqualTo("LAPSED");
    // The closure phase is extended only once it has begun (GC 4.5).
    ResponseEntity<JsonNode> closureTooEarly = extension(instance, "CLOSURE", 6);
    assertThat(closureTooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(closureTooEarly.getBody().path("detail").asText())
        .startsWith("Аяқтау кезеңін ұзарту операциялық кезең аяқталғаннан кейін сұралады (GC 4.5)");
  }

  @Test
  void theCommissionIsRemindedBeforeThePhaseEndsAndMayRefuse() {
    ProcessInstance instance = runningPastCutoff();
    at("2030-11-01T10:00:00+05:00");
    extension(instance, "OPERATIONAL", 6);
    // 10 March 2031 is a Monday: the reminder comes at the start of Friday 7 March.
    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_DECIDE_EXTENSION).getFollowUpDate())
        .isEqualTo(date("2031-03-07T00:00:00+05:00"));
    fa.fire(instance, FinancingAgreementProcess.BOUNDARY_EXTENSION_REMINDER, "2031-03-07T00:00:00+05:00");
    assertThat(taskService.createTaskQuery().taskCandidateGroup("european-commission")
        .taskNameLike("EXT-" + instance.getBusinessKey() + "%").list())
        .anyMatch(task -> task.getProcessInstanceId() == null);

    assertThatThrownBy(() -> fa.complete(fa.task(instance, FinancingAgreementProcess.TASK_DECIDE_EXTENSION),
        "commission", Map.of(Vars.EXTENSION_DECISION, "refuse")))
        .hasMessageContaining(Vars.DECISION_COMMENT + ": толтыру міндетті");
    fa.complete(fa.task(instance, FinancingAgreementProcess.TASK_DECIDE_EXTENSION), "commission",
        Map.of(Vars.EXTENSION_DECISION, "refuse", Vars.DECISION_COMMENT, "Ерекше жағдай дәлелденбеді"));

    assertThat(instance).hasPassed(FinancingAgreementProcess.END_EXTENSION_REFUSED);
    JsonNode request = fa.agreement(instance).path("requests").get(0);
    assertThat(request.path("status").asText()).isEqualTo("REFUSED");
    assertThat(request.path("outcomeReason").asText()).isEqualTo("Ерекше жағдай дәлелденбеді");
    assertThat(fa.agreement(instance).path("milestones").path("operationalPhaseEnds").asText())
        .isEqualTo("2031-03-10");
  }

  @Test
  void aClosurePhaseExtensionMovesTheEndOfTheExecutionPeriodAndTheBalanceCancellation() {
    ProcessInstance instance = runningPastCutoff();
    fa.fire(instance, FinancingAgreementProcess.TIMER_OPERATIONAL_END, "2031-03-10T23:59:59+05:00");
    at("2032-10-01T10:00:00+05:00");
    assertThat(extension(instance, "CLOSURE", 4).getBody().path("status").asText()).isEqualTo("SUBMITTED");
    fa.complete(fa.task(instance, FinancingAgreementProcess.TASK_DECIDE_EXTENSION), "commission",
        Map.of(Vars.EXTENSION_DECISION, "approve", Vars.DECISION_COMMENT, "Түпкілікті бағалау кешікті"));
    JsonNode milestones = fa.agreement(instance).path("milestones");
    assertThat(milestones.path("operationalPhaseEnds").asText()).isEqualTo("2031-03-10");
    assertThat(milestones.path("closurePhaseEnds").asText()).isEqualTo("2033-07-10");
    assertThat(milestones.path("balanceCancelled").asText()).isEqualTo("2034-01-10");

    fa.fire(instance, FinancingAgreementProcess.TIMER_CLOSURE_END, "2033-03-10T23:59:59+05:00");
    assertThat(fa.agreement(instance).path("status").asText()).isEqualTo("CLOSURE");
    fa.fire(instance, FinancingAgreementProcess.TIMER_CLOSURE_END, "2033-07-10T23:59:59+05:00");
    assertThat(fa.agreement(instance).path("status").asText()).isEqualTo("EXPIRED");
    assertThat(fa.timer(instance, FinancingAgreementProcess.TIMER_BALANCE).getDuedate())
        .isEqualTo(date("2034-01-10T23:59:59+05:00"));
  }

  // --- amendment (GC 17) ---

  @Test
  void aLateAmendmentWithoutJustificationIsRefused() {
    ProcessInstance instance = fa.sign();
    at("2027-01-10T10:00:00+05:00");

    ResponseEntity<JsonNode> late = fa.post("natcoord", instance, "amendment-requests",
        "{\"subject\":\"Логикалық шеңбердің индикаторын өзгерту\",\"effectiveOn\":\"2027-03-01\"}");

    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(late.getBody().path("status").asText()).isEqualTo("REFUSED_LATE");
    assertThat(late.getBody().path("requestingParty").asText()).isEqualTo("BENEFICIARY");
    assertThat(late.getBody().path("outcomeReason").asText()).contains("GC 17", "2026-12-01");
    assertThat(fa.tasks(instance, FinancingAgreementProcess.TASK_APPROVE_AMENDMENT_COMMISSION)).isEmpty();
  }

  @Test
  void aLateAmendmentWithJustificationNeedsBothPartiesApproval() {
    ProcessInstance instance = fa.sign();
    at("2027-01-10T10:00:00+05:00");
    ResponseEntity<JsonNode> requested = fa.post("commission", instance, "amendment-requests",
        "{\"subject\":\"Грант компонентін қайта бөлу\",\"effectiveOn\":\"2027-03-01\","
            + "\"waiverJustification\":\"Гранттар конкурсы бірінші жылда өтуі тиіс (TAP §11)\"}");
    assertThat(requested.getBody().path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(requested.getBody().path("requestingParty").asText()).isEqualTo("COMMISSION");

    Task beneficiary = fa.task(instance, FinancingAgreementProcess.TASK_APPROVE_AMENDMENT_BENEFICIARY);
    Task commission = fa.task(instance, FinancingAgreementProcess.TASK_APPROVE_AMENDMENT_COMMISSION);
    assertThat(beneficiary).hasCandidateGroupAssociated("government");
    assertThat(commission).hasCandidateGroupAssociated("european-commission");
    assertThat(beneficiary.getDueDate()).isEqualTo(date("2027-02-28T23:59:59+05:00"));
    assertThat(FormVariables.shown(rest, commission.getId(), "commission", "kk", Vars.REQUEST_SUMMARY))
        .contains("3 айлық мерзім сақталмады", "TAP §11");
    assertThat(FormVariables.shown(rest, commission.getId(), "commission", "ru", Vars.REQUEST_SUMMARY))
        .contains("**Изменение соглашения:** ", "Трёхмесячный срок не соблюдён", "TAP §11");

    fa.complete(beneficiary, "government", Map.of(Vars.AMENDMENT_DECISION, "approve",
        Vars.DECISION_COMMENT, "Келісеміз"));
    // One approval is not an agreement.
    assertThat(fa.agreement(instance).path("requests").get(0).path("status").asText()).isEqualTo("SUBMITTED");
    fa.complete(commission, "commission", Map.of(Vars.AMENDMENT_DECISION, "approve",
        Vars.DECISION_COMMENT, "Негіздеме қабылданды"));

    assertThat(instance).hasPassed(FinancingAgreementProcess.END_AMENDMENT_AGREED);
    JsonNode request = fa.agreement(instance).path("requests").get(0);
    assertThat(request.path("status").asText()).isEqualTo("APPROVED");
    assertThat(request.path("beneficiaryApproved").asBoolean()).isTrue();
    assertThat(request.path("commissionApproved").asBoolean()).isTrue();
    assertThat(fa.agreement(instance).path("decisions")).extracting(d -> d.path("decidedBy").asText())
        .contains("government", "commission");
  }

  @Test
  void anAmendmentOneSideRefusesIsNotAgreed() {
    ProcessInstance instance = fa.sign();
    at("2026-06-01T10:00:00+05:00");
    fa.post("natcoord", instance, "amendment-requests",
        "{\"subject\":\"Бюджет бабын өзгерту\",\"effectiveOn\":\"2026-12-01\"}");

    fa.complete(fa.task(instance, FinancingAgreementProcess.TASK_APPROVE_AMENDMENT_COMMISSION), "commission",
        Map.of(Vars.AMENDMENT_DECISION, "refuse", Vars.DECISION_COMMENT, "Негізсіз"));
    fa.complete(fa.task(instance, FinancingAgreementProcess.TASK_APPROVE_AMENDMENT_BENEFICIARY), "government",
        Map.of(Vars.AMENDMENT_DECISION, "approve", Vars.DECISION_COMMENT, "Келісеміз"));

    assertThat(instance).hasPassed(FinancingAgreementProcess.END_AMENDMENT_NOT_AGREED);
    JsonNode request = fa.agreement(instance).path("requests").get(0);
    assertThat(request.path("status").asText()).isEqualTo("REFUSED");
    assertThat(request.path("outcomeReason").asText()).contains("Комиссия — мақұлдамады");
    // The platform's conclusion and the parties' answers, composed in Kazakh as they were recorded, read in Russian
    // by a reader who chose it; the parties' own words stay as written.
    JsonNode inRussian = fa.agreementInRussian(instance);
    assertThat(inRussian.path("requests").get(0).path("outcomeReason").asText())
        .isEqualTo("Нет согласия сторон: Бенефициар — одобрил, Комиссия — не одобрил");
    assertThat(inRussian.path("decisions")).extracting(d -> d.path("comment").asText())
        .contains("Сторона — Европейская Комиссия: Негізсіз", "Сторона — Бенефициар (Республика Казахстан): Келісеміз");
    assertThat(fa.agreement(instance).path("decisions")).extracting(d -> d.path("comment").asText())
        .contains("Тарап — Еуропалық Комиссия: Негізсіз");
  }

  @Test
  void bothPartiesAreRemindedAndToldWhenTheEffectiveDateComesWithoutTheirApproval() {
    ProcessInstance instance = fa.sign();
    at("2026-06-01T10:00:00+05:00");
    fa.post("natcoord", instance, "amendment-requests",
        "{\"subject\":\"Бюджет бабын өзгерту\",\"effectiveOn\":\"2026-12-01\"}");
    String number = "AMD-" + instance.getBusinessKey() + "-1";

    fa.fire(instance, FinancingAgreementProcess.BOUNDARY_AMENDMENT_REMINDER, "2026-11-27T00:00:00+05:00");
    assertThat(taskService.createTaskQuery().taskCandidateGroup("government").taskNameLike(number + "%").list())
        .anyMatch(task -> task.getProcessInstanceId() == null);
    fa.fire(instance, FinancingAgreementProcess.BOUNDARY_AMENDMENT_OVERDUE, "2026-11-30T23:59:59+05:00");
    assertThat(taskService.createTaskQuery().taskCandidateGroup("eu-delegation").taskNameLike(number + "%").list())
        .anyMatch(task -> task.getName().contains("мақұлданбады"));
    // Nothing is decided for the parties: both approval tasks stay open.
    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_APPROVE_AMENDMENT_BENEFICIARY)).isNotNull();
    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_APPROVE_AMENDMENT_COMMISSION)).isNotNull();
  }

  // --- contingency reserve (TAP §13) ---

  @Test
  void theContingencyReserveIsUsedOnlyWithTheStatementAndTheConsent() {
    ProcessInstance instance = fa.sign();
    at("2026-05-01T10:00:00+05:00");
    ResponseEntity<JsonNode> overCap = contingency(instance, 700001);
    assertThat(overCap.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(overCap.getBody().path("detail").asText())
        .startsWith("Күтпеген шығыстар резервінен асады: қалғаны 700000").contains("TAP §13");

    ResponseEntity<JsonNode> requested = contingency(instance, 300000);
    assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Task statement = fa.task(instance, FinancingAgreementProcess.TASK_CONTINGENCY_STATEMENT);
    assertThat(statement).hasCandidateGroupAssociated("national-coordinator");
    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_CONTINGENCY_CONSENT)).isNull();
    assertThatThrownBy(() -> fa.complete(statement, "natcoord", Map.of(Vars.STATEMENT_DECISION, "state",
        Vars.DECISION_COMMENT, "Семинарлар")))
        .hasMessageContaining(Vars.STATEMENT_REFERENCE + ": толтыру міндетті");
    fa.complete(statement, "natcoord", Map.of(Vars.STATEMENT_DECISION, "state",
        Vars.STATEMENT_REFERENCE, "ҰҮ-15/2026", Vars.DECISION_COMMENT, "Қосымша семинарлар қажет"));

    // The written statement alone uses nothing.
    JsonNode afterStatement = fa.agreement(instance);
    assertThat(afterStatement.path("contingencyUsed").decimalValue()).isEqualByComparingTo("0");
    assertThat(afterStatement.path("requests").get(0).path("status").asText()).isEqualTo("SUBMITTED");
    Task consent = fa.task(instance, FinancingAgreementProcess.TASK_CONTINGENCY_CONSENT);
    assertThat(consent).hasCandidateGroupAssociated("eu-delegation");
    fa.complete(consent, "eudelegation", Map.of(Vars.CONSENT_DECISION, "consent",
        Vars.CONSENT_REFERENCE, "EUD-2026-311", Vars.DECISION_COMMENT, "Келісеміз"));

    assertThat(instance).hasPassed(FinancingAgreementProcess.END_CONTINGENCY_RECORDED);
    JsonNode approved = fa.agreement(instance);
    assertThat(approved.path("contingencyUsed").decimalValue()).isEqualByComparingTo("300000");
    JsonNode request = approved.path("requests").get(0);
    assertThat(request.path("status").asText()).isEqualTo("APPROVED");
    assertThat(request.path("statementReference").asText()).isEqualTo("ҰҮ-15/2026");
    assertThat(request.path("consentReference").asText()).isEqualTo("EUD-2026-311");
    // What is left of the reserve caps the next request.
    assertThat(contingency(instance, 400001).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void withoutTheDelegationsConsentTheReserveIsNotUsed() {
    ProcessInstance instance = fa.sign();
    at("2026-05-01T10:00:00+05:00");
    contingency(instance, 100000);
    fa.complete(fa.task(instance, FinancingAgreementProcess.TASK_CONTINGENCY_STATEMENT), "natcoord",
        Map.of(Vars.STATEMENT_DECISION, "state", Vars.STATEMENT_REFERENCE, "ҰҮ-1", Vars.DECISION_COMMENT, "Қажет"));
    fa.complete(fa.task(instance, FinancingAgreementProcess.TASK_CONTINGENCY_CONSENT), "eudelegation",
        Map.of(Vars.CONSENT_DECISION, "refuse", Vars.DECISION_COMMENT, "Басқа баптан қаржыландырылсын"));

    assertThat(instance).hasPassed(FinancingAgreementProcess.END_CONTINGENCY_REFUSED);
    JsonNode agreement = fa.agreement(instance);
    assertThat(agreement.path("contingencyUsed").decimalValue()).isEqualByComparingTo("0");
    assertThat(agreement.path("requests").get(0).path("status").asText()).isEqualTo("REFUSED");
  }

  @Test
  void theNationalCoordinatorMayWithdrawARequestInsteadOfStatingIt() {
    ProcessInstance instance = fa.sign();
    at("2026-05-01T10:00:00+05:00");
    contingency(instance, 50000);
    fa.complete(fa.task(instance, FinancingAgreementProcess.TASK_CONTINGENCY_STATEMENT), "natcoord",
        Map.of(Vars.STATEMENT_DECISION, "withdraw", Vars.DECISION_COMMENT, "Қажеттілік жойылды"));

    assertThat(instance).hasPassed(FinancingAgreementProcess.END_CONTINGENCY_WITHDRAWN);
    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_CONTINGENCY_CONSENT)).isNull();
    assertThat(fa.agreement(instance).path("requests").get(0).path("status").asText()).isEqualTo("WITHDRAWN");
  }

  // --- suspension (GC 18–19) ---

  @Test
  void aSuspensionNotResolvedInFourMonthsEndsInTerminationTwoMonthsAfterNotice() {
    ProcessInstance instance = fa.sign();
    at("2026-09-01T10:00:00+05:00");
    ResponseEntity<JsonNode> suspended = suspend(instance);
    assertThat(suspended.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(suspended.getBody().path("unresolvedFrom").asText()).isEqualTo("2027-01-01");
    assertThat(fa.agreement(instance).path("status").asText()).isEqualTo("SUSPENDED");
    Task resumption = fa.task(instance, FinancingAgreementProcess.TASK_RESUME);
    assertThat(resumption).hasCandidateGroupAssociated("european-commission");
    assertThat(FormVariables.shown(rest, resumption.getId(), "commission", "ru", Vars.SUSPENSION_SUMMARY)).contains(
        "**Основание (GC 18):** Бенефициар нарушил обязательства по Финансовому соглашению",
        "**Дата приостановления:** 01.09.2026; если приостановление не разрешено за 4 месяца (после 01.01.2027)");
    assertThat(FormVariables.shown(rest, resumption.getId(), "commission", "kk", Vars.SUSPENSION_SUMMARY)).contains(
        "**Негіз (GC 18):** Бенефициар Қаржылық келісім бойынша міндеттемелерді бұзды",
        "**Тоқтатыла тұрған күн:** 01.09.2026; 4 ай ішінде шешілмесе (01.01.2027 кейін)");
    assertThat(fa.notices("government", instance)).isNotEmpty();
    // While suspended no contract is registered, and no second suspension is made.
    assertThat(fa.registerContract(instance, "SC-1", "SERVICE", "2026-09-01", 1000).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(suspend(instance).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_GIVE_NOTICE)).isNull();

    fa.fire(instance, FinancingAgreementProcess.BOUNDARY_SUSPENSION_UNRESOLVED, "2027-01-01T23:59:59+05:00");
    Task notice = fa.task(instance, FinancingAgreementProcess.TASK_GIVE_NOTICE);
    assertThat(notice).hasCandidateGroupAssociated("national-coordinator").hasCandidateGroupAssociated("european-commission");
    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_RESUME)).isNotNull();
    assertThat(fa.agreement(instance).path("suspensions").get(0).path("status").asText()).isEqualTo("UNRESOLVED");

    at("2027-01-05T10:00:00+05:00");
    assertThatThrownBy(() -> fa.complete(notice, "natcoord", Map.of(Vars.NOTICE_PARTY, "COMMISSION",
        Vars.NOTICE_REASON, "Мәселе шешілмеді")))
        .hasMessageContaining(Vars.NOTICE_PARTY + ": сіз Бенефициар (Қазақстан Республикасы) атынан әрекет етесіз");
    UserLanguage.serve(UserLanguage.RU, () -> assertThatThrownBy(() -> fa.complete(notice, "natcoord",
        Map.of(Vars.NOTICE_PARTY, "COMMISSION", Vars.NOTICE_REASON, "Мәселе шешілмеді")))
        .hasMessageContaining(Vars.NOTICE_PARTY
            + ": вы действуете от имени стороны Бенефициар (Республика Казахстан)"));
    fa.complete(notice, "natcoord", Map.of(Vars.NOTICE_PARTY, "BENEFICIARY",
        Vars.NOTICE_REASON, "Мәселе шешілмеді; ағымдағы келісімшарттар аяқталады"));

    // Notice given: resuming is no longer offered; the termination takes effect 2 months later.
    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_RESUME)).isNull();
    assertThat(fa.timer(instance, FinancingAgreementProcess.TIMER_NOTICE_PERIOD).getDuedate())
        .isEqualTo(date("2027-03-05T23:59:59+05:00"));
    fa.fire(instance, FinancingAgreementProcess.TIMER_NOTICE_PERIOD, "2027-03-05T23:59:59+05:00");

    assertThat(instance).isEnded().hasPassed(FinancingAgreementProcess.END_TERMINATED);
    JsonNode terminated = fa.agreement(instance);
    assertThat(terminated.path("status").asText()).isEqualTo("TERMINATED");
    assertThat(terminated.path("endedOn").asText()).isEqualTo("2027-03-05");
    assertThat(terminated.path("endReason").asText()).contains("GC 19.1", "2027-01-05");
    // Read in Russian: why it ended, and its status, in the reader's words.
    JsonNode inRussian = fa.agreementInRussian(instance);
    assertThat(inRussian.path("endReason").asText()).isEqualTo("GC 19.1: приостановление не разрешено в течение "
        + "4 месяцев; сторона «Бенефициар (Республика Казахстан)» 2027-01-05 уведомила о расторжении за 2 месяца");
    assertThat(inRussian.path("statusName").asText()).isEqualTo("Расторгнуто");
    JsonNode suspension = terminated.path("suspensions").get(0);
    assertThat(suspension.path("status").asText()).isEqualTo("TERMINATED");
    assertThat(suspension.path("noticeParty").asText()).isEqualTo("BENEFICIARY");
    assertThat(terminated.path("decisions")).extracting(d -> d.path("outcome").asText())
        .containsSubsequence("SUSPENDED", "NOTICE_GIVEN");
  }

  @Test
  void aResolvedSuspensionReturnsTheAgreementToItsPhase() {
    ProcessInstance instance = fa.sign();
    at("2026-09-01T10:00:00+05:00");
    suspend(instance);
    fa.fire(instance, FinancingAgreementProcess.BOUNDARY_SUSPENSION_UNRESOLVED, "2027-01-01T23:59:59+05:00");

    // Even after 4 months the Commission may resume while nobody has given notice.
    at("2027-01-20T10:00:00+05:00");
    fa.complete(fa.task(instance, FinancingAgreementProcess.TASK_RESUME), "commission",
        Map.of(Vars.RESOLUTION, "Бенефициар міндеттемелерді орындады"));

    assertThat(instance).hasPassed(FinancingAgreementProcess.END_AGREEMENT_RESUMED).isNotEnded();
    assertThat(fa.task(instance, FinancingAgreementProcess.TASK_GIVE_NOTICE)).isNull();
    JsonNode agreement = fa.agreement(instance);
    assertThat(agreement.path("status").asText()).isEqualTo("IN_FORCE_OPERATIONAL");
    assertThat(agreement.path("suspensions").get(0).path("status").asText()).isEqualTo("RESUMED");
    assertThat(agreement.path("suspensions").get(0).path("resolvedOn").asText()).isEqualTo("2027-01-20");
  }

  @Test
  void aSuspensionNeedsItsGroundsAndForceMajeureItsDurationAndEffects() {
    ProcessInstance instance = fa.sign();
    ResponseEntity<JsonNode> bad = fa.post("commission", instance, "suspensions",
        "{\"ground\":\"STRIKE\",\"reason\":\"\"}");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().path("detail").asText()).contains("ground: 'STRIKE' мүмкін емес", "FORCE_MAJEURE",
        "reason: толтыру міндетті", "contractConsequences: толтыру міндетті");
    ResponseEntity<JsonNode> forceMajeure = fa.post("commission", instance, "suspensions",
        "{\"ground\":\"FORCE_MAJEURE\",\"reason\":\"Су тасқыны\",\"contractConsequences\":\"Жұмыстар тоқтатылады\"}");
    assertThat(forceMajeure.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forceMajeure.getBody().path("detail").asText())
        .isEqualTo("forceMajeureDetails: форс-мажорда ықтимал ұзақтығы мен салдары көрсетілуі тиіс (GC 18.1)");
    assertThat(fa.post("natcoord", instance, "suspensions", "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  // --- helpers ---

  private ProcessInstance runningPastCutoff() {
    ProcessInstance instance = fa.sign();
    fa.contractInPayment(instance, "SC-1");
    fa.passCutoff(instance);
    return instance;
  }

  private ResponseEntity<JsonNode> extension(ProcessInstance instance, String phase, int months) {
    return fa.post("natcoord", instance, "extension-requests", "{\"phase\":\"" + phase + "\",\"months\":" + months
        + ",\"justification\":\"Реформа кестесі кешікті: пилоттық органдардың қайта ұйымдастырылуы\"}");
  }

  private ResponseEntity<JsonNode> contingency(ProcessInstance instance, long amount) {
    return fa.post("natcoord", instance, "contingency-requests",
        "{\"amount\":" + amount + ",\"purpose\":\"Пилоттық органдарға қосымша оқыту\"}");
  }

  private ResponseEntity<JsonNode> suspend(ProcessInstance instance) {
    return fa.post("commission", instance, "suspensions", "{\"ground\":\"BREACH_OF_OBLIGATIONS\","
        + "\"reason\":\"Есептер ұсынылмады\",\"contractConsequences\":\"Жаңа келісімшарттарға қол қойылмайды\"}");
  }
}
