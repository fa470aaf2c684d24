package kz.jobalyq.planning.financing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.planning.financing.FinancingAgreementProcess.Vars;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionLog.Decision;
import kz.jobalyq.system.decision.DecisionRecord;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.numbering.RecordNumbers;
import kz.jobalyq.system.web.ConflictException;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The financing agreement's life (EU-FINANCING.md): registration at t0, the M36 cut-off, the phase changes at
 * M60, M84 and M90, the six-monthly periods, and termination. The only place the agreement's status changes,
 * but for suspending and resuming it, which {@link AgreementSuspensions} does with the suspension itself.
 */
@Service
@Transactional
public class FinancingAgreementService {

  private final FinancingAgreementRepository agreements;
  private final FinancedContractRepository contracts;
  private final ContractPaymentRepository payments;
  private final FinancingRequestRepository requests;
  private final AgreementSuspensionRepository suspensions;
  private final ReportingPeriodRepository periods;
  private final RecordNumbers recordNumbers;
  private final DecisionLog decisionLog;
  private final CalendarService calendar;
  private final RuntimeService runtime;
  private final Clock clock;

  public FinancingAgreementService(FinancingAgreementRepository agreements, FinancedContractRepository contracts,
      ContractPaymentRepository payments, FinancingRequestRepository requests,
      AgreementSuspensionRepository suspensions, ReportingPeriodRepository periods, RecordNumbers recordNumbers,
      DecisionLog decisionLog, CalendarService calendar, RuntimeService runtime, Clock clock) {
    this.agreements = agreements;
    this.contracts = contracts;
    this.payments = payments;
    this.requests = requests;
    this.suspensions = suspensions;
    this.periods = periods;
    this.recordNumbers = recordNumbers;
    this.decisionLog = decisionLog;
    this.calendar = calendar;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** The dates the process waits for, as the timers take them. */
  public record Milestones(Date cutoffAt, Date operationalEndsAt, Date closureEndsAt, Date balanceCancelledAt) {
  }

  /** The next half-year: its number, when its tasks open, and whether it still falls in the execution period. */
  public record PeriodPlan(int number, Date opensAt, boolean withinExecution) {
  }

  // --- registration (t0) ---

  /** Registers the signed agreement as FA-YYYY-NNNN (the year of t0) with its milestones counted from t0. */
  public FinancingAgreement register(AgreementDraft draft, String registeredBy, String processInstanceId) {
    InputErrors errors = new InputErrors();
    errors.required(Vars.TITLE, draft.title(), 500);
    errors.required(Vars.LEGAL_BASIS, draft.legalBasis(), 500);
    errors.amount(Vars.EU_CONTRIBUTION, draft.euContribution(), false);
    errors.amount(Vars.CONTINGENCY_RESERVE, draft.contingencyReserve(), true);
    LocalDate today = calendar.today();
    checkSignature(errors, Vars.BENEFICIARY_SIGNED_ON, draft.beneficiarySignedOn(), today);
    checkSignature(errors, Vars.COMMISSION_SIGNED_ON, draft.commissionSignedOn(), today);
    if (draft.euContribution() != null && draft.contingencyReserve() != null) {
      errors.check(draft.contingencyReserve().compareTo(draft.euContribution()) <= 0, Vars.CONTINGENCY_RESERVE,
          "financing.contingencyReserve.overContribution");
    }
    errors.throwIfAny();
    String number = recordNumbers.yearly("FA", Year.from(draft.entryIntoForce()));
    return agreements.save(new FinancingAgreement(number, draft, registeredBy, clock.instant(), processInstanceId));
  }

  private static void checkSignature(InputErrors errors, String field, LocalDate signedOn, LocalDate today) {
    if (signedOn == null) {
      errors.check(false, field, "financing.signedOn.required");
    } else {
      errors.check(!signedOn.isAfter(today), field, "financing.date.future");
    }
  }

  public FinancingAgreement require(Long id) {
    return agreements.findById(id).orElseThrow(() -> agreementNotFound(String.valueOf(id)));
  }

  public FinancingAgreement requireByNumber(String number) {
    return agreements.findByNumber(number).orElseThrow(() -> agreementNotFound(number));
  }

  FinancingAgreement lock(String number) {
    return agreements.lockByNumber(number).orElseThrow(() -> agreementNotFound(number));
  }

  FinancingAgreement lock(Long id) {
    return agreements.lockById(id).orElseThrow(() -> agreementNotFound(String.valueOf(id)));
  }

  private static NotFoundException agreementNotFound(String idOrNumber) {
    return new NotFoundException(Messages.text("financing.agreement.notFound", idOrNumber));
  }

  public Milestones milestones(Long agreementId) {
    FinancingAgreement agreement = require(agreementId);
    return new Milestones(endOf(agreement.getCutoffOn()), endOf(agreement.getOperationalEndsOn()),
        endOf(agreement.getClosureEndsOn()), endOf(agreement.getBalanceCancelledOn()));
  }

  // --- the M36 cut-off (GC 6.1–6.4, GC 19.2) ---

  /**
   * At M36: the agreement terminates automatically if no payment has been made or no contract signed by then
   * (GC 19.2 — "or", as the text says; a payment needs a contract, so in practice "no payment"). Otherwise the
   * balance not covered by contracts signed by M36 is cancelled, except the contingency reserve (GC 6.3–6.4).
   *
   * @return true when the agreement terminated
   */
  public boolean applyCutoff(Long agreementId) {
    FinancingAgreement agreement = lock(agreementId);
    LocalDate cutoff = agreement.getCutoffOn();
    List<FinancedContract> signed = signedByCutoff(agreement);
    boolean paid = payments.existsByAgreementIdAndPaidOnLessThanEqual(agreementId, cutoff);
    if (signed.isEmpty() || !paid) {
      end(agreement, AgreementStatus.AUTO_TERMINATED, cutoff,
          endReason(agreement, AgreementStatus.AUTO_TERMINATED, UserLanguage.KK));
      return true;
    }
    BigDecimal committed = signed.stream().map(FinancedContract::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal cancelled = agreement.getEuContribution().subtract(agreement.getContingencyReserve())
        .subtract(committed).max(BigDecimal.ZERO);
    agreement.applyCutoff(calendar.today(), cancelled);
    return false;
  }

  // --- phases (GC 4.1, 4.3) ---

  /** M60 (or the extended end): the closure phase — final audit, evaluation, technical and financial closing. */
  public void startClosurePhase(Long agreementId) {
    lock(agreementId).startClosure(calendar.today());
  }

  /** M84 (or the extended end): the execution period is over. */
  public void expire(Long agreementId) {
    lock(agreementId).expire(calendar.today());
  }

  /** M90: the balance of the EU contribution is cancelled six months after the end of the execution period. */
  public void cancelBalance(Long agreementId) {
    FinancingAgreement agreement = lock(agreementId);
    end(agreement, AgreementStatus.BALANCE_CANCELLED, agreement.getBalanceCancelledOn(),
        endReason(agreement, AgreementStatus.BALANCE_CANCELLED, UserLanguage.KK));
  }

  /** Why the agreement ended, in {@code language}: the agreement keeps it in Kazakh, its notice says it in both. */
  public String endReason(Long agreementId, Locale language) {
    return endReasonOf(require(agreementId), language);
  }

  /** As {@link #endReason(Long, Locale)}, for an agreement at hand; null while it runs. */
  String endReasonOf(FinancingAgreement agreement, Locale language) {
    return agreement.getEndedOn() == null ? agreement.getEndReason()
        : endReason(agreement, agreement.getStatus(), language);
  }

  private String endReason(FinancingAgreement agreement, AgreementStatus status, Locale language) {
    return switch (status) {
      case AUTO_TERMINATED -> Messages.text(language, signedByCutoff(agreement).isEmpty()
          ? "financing.endReason.noContractSigned" : "financing.endReason.noPayment", agreement.getCutoffOn());
      case BALANCE_CANCELLED -> Messages.text(language, "financing.endReason.balanceCancelled");
      case TERMINATED -> suspensions.findByAgreementIdOrderByIdAsc(agreement.getId()).stream()
          .filter(suspension -> suspension.getStatus() == SuspensionStatus.TERMINATED)
          .reduce((first, second) -> second)
          .map(noticed -> Messages.text(language, "financing.endReason.terminated",
              noticed.getNoticeParty().phrase().in(language),
              noticed.getNoticeGivenOn()))
          .orElse(agreement.getEndReason());
      default -> agreement.getEndReason();
    };
  }

  private List<FinancedContract> signedByCutoff(FinancingAgreement agreement) {
    return contracts.findByAgreementIdOrderBySignedOnAscIdAsc(agreement.getId()).stream()
        .filter(contract -> !contract.getSignedOn().isAfter(agreement.getCutoffOn())).toList();
  }

  private void end(FinancingAgreement agreement, AgreementStatus status, LocalDate on, String reason) {
    agreement.end(status, on, reason);
    for (FinancingRequest request : requests.findByAgreementIdOrderByIdAsc(agreement.getId())) {
      if (request.getStatus() == RequestStatus.SUBMITTED) {
        request.conclude(RequestStatus.LAPSED, Phrase.of("financing.conclusion.agreementEnded",
            status.phrase()), clock.instant());
      }
    }
  }

  // --- six-monthly reports and steering committee meetings (TAP §7, §10) ---

  public PeriodPlan planNextPeriod(Long agreementId) {
    FinancingAgreement agreement = require(agreementId);
    int number = lastPeriodNumber(agreementId) + 1;
    LocalDate endsOn = periodEnd(agreement, number);
    LocalDate opensOn = endsOn.minusMonths(AgreementMonths.PERIOD_TASKS_OPEN_MONTHS_BEFORE);
    return new PeriodPlan(number, Date.from(AgreementMonths.startOf(opensOn, zone())),
        !endsOn.isAfter(agreement.getClosureEndsOn()));
  }

  public ReportingPeriod openPeriod(Long agreementId) {
    FinancingAgreement agreement = require(agreementId);
    int number = lastPeriodNumber(agreementId) + 1;
    return periods.save(new ReportingPeriod(agreementId, number, periodEnd(agreement, number - 1),
        periodEnd(agreement, number)));
  }

  public Date periodDue(ReportingPeriod period) {
    return endOf(period.getEndsOn());
  }

  private int lastPeriodNumber(Long agreementId) {
    return periods.findTopByAgreementIdOrderByNumberDesc(agreementId).map(ReportingPeriod::getNumber).orElse(0);
  }

  private static LocalDate periodEnd(FinancingAgreement agreement, int number) {
    return AgreementMonths.month(agreement.getEntryIntoForceOn(), number * AgreementMonths.REPORTING_PERIOD_MONTHS);
  }

  public ReportingPeriod requirePeriod(Long periodId) {
    return periods.findById(periodId)
        .orElseThrow(() -> new NotFoundException(Messages.text("financing.period.notFound", String.valueOf(periodId))));
  }

  public void submitReport(Long periodId, String reference, String summary, String by) {
    InputErrors errors = new InputErrors();
    String ref = errors.required(Vars.REPORT_REFERENCE, reference, 200);
    String text = errors.required(Vars.REPORT_SUMMARY, summary, 4000);
    errors.throwIfAny();
    requirePeriod(periodId).submitReport(ref, text, by, clock.instant());
  }

  public void recordMeeting(Long periodId, LocalDate heldOn, String minutesReference, String decisions, String by) {
    InputErrors errors = new InputErrors();
    errors.check(heldOn != null, Vars.MEETING_HELD_ON, "financing.meetingHeldOn.required");
    if (heldOn != null) {
      errors.check(!heldOn.isAfter(calendar.today()), Vars.MEETING_HELD_ON, "financing.date.future");
    }
    String minutes = errors.required(Vars.MINUTES_REFERENCE, minutesReference, 200);
    String text = errors.required(Vars.MEETING_DECISIONS, decisions, 4000);
    errors.throwIfAny();
    ReportingPeriod period = requirePeriod(periodId);
    period.recordMeeting(heldOn, minutes, text, by);
    log(require(period.getAgreementId()), null, FinancingAgreementProcess.TASK_MEETING, "MEETING_HELD",
        Phrase.of("financing.decision.meetingHeld", period.getNumber(), minutes, text), by);
  }

  public void markReportOverdue(Long periodId) {
    requirePeriod(periodId).markReportOverdue();
  }

  public void markMeetingOverdue(Long periodId) {
    requirePeriod(periodId).markMeetingOverdue();
  }

  // --- termination (GC 19.1; the suspension and its notice are AgreementSuspensions') ---

  /** The notice period ended: the agreement is terminated (GC 19.1). */
  public void terminate(Long agreementId) {
    FinancingAgreement agreement = lock(agreementId);
    AgreementSuspension noticed = suspensions.findByAgreementIdOrderByIdAsc(agreementId).stream()
        .filter(suspension -> suspension.getStatus() == SuspensionStatus.NOTICE_GIVEN)
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("No termination notice on " + agreement.getNumber()));
    noticed.terminate();
    end(agreement, AgreementStatus.TERMINATED, noticed.getTerminationEffectiveOn(),
        endReason(agreement, AgreementStatus.TERMINATED, UserLanguage.KK));
  }

  // --- reading ---

  public List<ReportingPeriod> periodsOf(FinancingAgreement agreement) {
    return periods.findByAgreementIdOrderByNumberAsc(agreement.getId());
  }

  public List<DecisionRecord> historyOf(FinancingAgreement agreement) {
    return decisionLog.historyOf(FinancingAgreementProcess.RECORD_TYPE, agreement.getId());
  }

  // --- shared within the feature ---

  /** Who decided what on the agreement; {@code recordNumber} names a request when the decision was on one. */
  void log(FinancingAgreement agreement, String recordNumber, String step, String outcome, String comment,
      String by) {
    decisionLog.record(new Decision(FinancingAgreementProcess.RECORD_TYPE, agreement.getId(),
        recordNumber == null ? agreement.getNumber() : recordNumber, agreement.getProcessInstanceId(), step, outcome,
        comment, by));
  }

  /** A decision whose comment the platform composes, read in the reader's language. */
  void log(FinancingAgreement agreement, String recordNumber, String step, String outcome, Phrase comment,
      String by) {
    decisionLog.record(Decision.phrased(FinancingAgreementProcess.RECORD_TYPE, agreement.getId(),
        recordNumber == null ? agreement.getNumber() : recordNumber, agreement.getProcessInstanceId(), step, outcome,
        comment, by));
  }

  /** Hands a new record to the agreement's running process; if it no longer runs, the whole call is refused. */
  void correlate(String message, FinancingAgreement agreement, Map<String, Object> locals) {
    MessageCorrelationBuilder correlation = runtime.createMessageCorrelation(message)
        .processInstanceBusinessKey(agreement.getNumber());
    locals.forEach(correlation::setVariableToTriggeredScope);
    try {
      correlation.correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException(Messages.text("financing.agreement.processNotRunning", agreement.getNumber()));
    }
  }

  Date endOf(LocalDate day) {
    return Date.from(AgreementMonths.endOf(day, zone()));
  }

  LocalDate today() {
    return calendar.today();
  }

  private ZoneId zone() {
    return calendar.zone();
  }
}
