package kz.jobalyq.planning.financing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.jobalyq.planning.financing.FinancingAgreementProcess.Vars;
import kz.jobalyq.planning.financing.FinancingAgreementService.Milestones;
import kz.jobalyq.planning.financing.FinancingInputs.AmendmentInput;
import kz.jobalyq.planning.financing.FinancingInputs.ContingencyInput;
import kz.jobalyq.planning.financing.FinancingInputs.ExtensionInput;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.numbering.RecordNumbers;
import kz.jobalyq.system.web.ConflictException;
import kz.jobalyq.system.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parties' requests on the agreement (EU-FINANCING.md "Routing"): phase extensions decided by the
 * Commission (GC 4.4–4.5), amendments agreed by both parties (GC 17), and the use of the contingency reserve
 * on the National Coordinator's written statement and the EU Delegation's written consent (TAP §13).
 */
@Service
@Transactional
public class FinancingRequestService {

  /** An extension asks for at least one month; more than the whole execution period is a typing error. */
  static final int MAX_EXTENSION_MONTHS = AgreementMonths.CLOSURE_END;

  private final FinancingAgreementService agreements;
  private final FinancingRequestRepository requests;
  private final RecordNumbers recordNumbers;
  private final Clock clock;

  public FinancingRequestService(FinancingAgreementService agreements, FinancingRequestRepository requests,
      RecordNumbers recordNumbers, Clock clock) {
    this.agreements = agreements;
    this.requests = requests;
    this.recordNumbers = recordNumbers;
    this.clock = clock;
  }

  public FinancingRequest require(Long requestId) {
    return requests.findById(requestId).orElseThrow(() -> new NotFoundException(
        Messages.text("financing.request.notFound", String.valueOf(requestId))));
  }

  // --- extension (GC 4.4–4.5) ---

  /**
   * The beneficiary asks to extend the phase it is in. The request is registered in any case; one made less
   * than 3 months before the phase ends is refused by the process, one in time goes to the Commission.
   */
  public FinancingRequest requestExtension(String agreementNumber, ExtensionInput input, String by) {
    InputErrors errors = new InputErrors();
    AgreementPhase phase = errors.oneOf("phase", input.phase(), AgreementPhase.class);
    Integer months = input.months();
    errors.check(months != null && months > 0 && months <= MAX_EXTENSION_MONTHS, "months", "financing.months.invalid",
        String.valueOf(MAX_EXTENSION_MONTHS));
    String justification = errors.required("justification", input.justification(), 4000);
    errors.throwIfAny();
    FinancingAgreement agreement = agreements.lock(agreementNumber);
    checkTakesRequests(agreement);
    LocalDate today = agreements.today();
    LocalDate phaseEnd = agreement.endOf(phase);
    if (today.isAfter(phaseEnd)) {
      throw new ConflictException(Messages.text("financing.extension.phaseEnded", phase.displayName(), phaseEnd));
    }
    if (phase == AgreementPhase.CLOSURE && !today.isAfter(agreement.getOperationalEndsOn())) {
      throw new ConflictException(Messages.text("financing.extension.closureTooEarly"));
    }
    boolean pending = requests.findByAgreementIdAndKindAndStatus(agreement.getId(), RequestKind.EXTENSION,
        RequestStatus.SUBMITTED).stream().anyMatch(request -> request.getPhase() == phase);
    if (pending) {
      throw new ConflictException(Messages.text("financing.extension.pending", phase.displayName()));
    }
    FinancingRequest request = requests.saveAndFlush(FinancingRequest.extension(agreement.getId(),
        number(agreement, RequestKind.EXTENSION), by, today, clock.instant(), phase, phaseEnd, months,
        justification));
    Map<String, Object> locals = locals(request);
    locals.put(Vars.LEAD_TIME_MET, request.getLeadTimeMet());
    locals.put(Vars.PHASE_ENDS_AT, agreements.endOf(phaseEnd));
    locals.put(Vars.EXTENSION_APPROVED, false);
    agreements.correlate(FinancingAgreementProcess.MESSAGE_EXTENSION_REQUESTED, agreement, locals);
    return request;
  }

  public void refuseLateExtension(Long requestId) {
    FinancingRequest request = require(requestId);
    request.conclude(RequestStatus.REFUSED_LATE, Phrase.of("financing.conclusion.extensionLate",
        request.getPhaseEndsOn(), request.getLatestRequestOn(), request.getRequestedOn()), clock.instant());
  }

  public void decideExtension(Long requestId, boolean approved, String comment, String by) {
    InputErrors errors = new InputErrors();
    String text = errors.required(Vars.DECISION_COMMENT, comment, 4000);
    errors.throwIfAny();
    FinancingRequest request = require(requestId);
    request.recordApproval(Party.COMMISSION, approved);
    if (!approved) {
      request.conclude(RequestStatus.REFUSED, text, clock.instant());
    }
    agreements.log(agreements.require(request.getAgreementId()), request.getNumber(),
        FinancingAgreementProcess.TASK_DECIDE_EXTENSION, approved ? "APPROVED" : "REFUSED", text, by);
  }

  /** The Commission approved: the phase and everything after it move on by the months asked. */
  public Milestones extendPhase(Long requestId) {
    FinancingRequest request = require(requestId);
    FinancingAgreement agreement = agreements.lock(request.getAgreementId());
    agreement.extend(request.getPhase(), request.getExtensionMonths());
    request.conclude(RequestStatus.APPROVED, Phrase.of("financing.conclusion.extended",
        request.getPhase().phrase(), agreement.endOf(request.getPhase())), clock.instant());
    return agreements.milestones(agreement.getId());
  }

  /** The phase ended before the Commission approved: the request lapses (GC 4.4: approved "before that date"). */
  public void lapseExtension(Long requestId) {
    FinancingRequest request = require(requestId);
    request.conclude(RequestStatus.LAPSED, Phrase.of("financing.conclusion.extensionLapsed",
        request.getPhaseEndsOn()), clock.instant());
  }

  // --- amendment (GC 17) ---

  public FinancingRequest requestAmendment(String agreementNumber, AmendmentInput input, Collection<String> groups,
      String by) {
    InputErrors errors = new InputErrors();
    String subject = errors.required("subject", input.subject(), 4000);
    String justification = errors.optional("justification", input.justification(), 4000);
    LocalDate effectiveOn = errors.date("effectiveOn", input.effectiveOn());
    String waiver = errors.optional("waiverJustification", input.waiverJustification(), 4000);
    LocalDate today = agreements.today();
    if (effectiveOn != null) {
      errors.check(effectiveOn.isAfter(today), "effectiveOn", "financing.effectiveOn.notAfterToday");
    }
    Party party = Party.of(groups).orElse(null);
    if (party == null) {
      party = errors.oneOf("requestingParty", input.requestingParty(), Party.class);
    } else if (input.requestingParty() != null && !input.requestingParty().isBlank()) {
      errors.check(party.name().equalsIgnoreCase(input.requestingParty().strip()), "requestingParty",
          "financing.party.mismatch", party.name());
    }
    errors.throwIfAny();
    FinancingAgreement agreement = agreements.lock(agreementNumber);
    checkTakesRequests(agreement);
    FinancingRequest request = requests.saveAndFlush(FinancingRequest.amendment(agreement.getId(),
        number(agreement, RequestKind.AMENDMENT), party, by, today, clock.instant(), subject, justification,
        effectiveOn, waiver));
    Map<String, Object> locals = locals(request);
    locals.put(Vars.LEAD_TIME_MET, request.getLeadTimeMet());
    locals.put(Vars.WAIVER_REQUESTED, request.waiverRequested());
    locals.put(Vars.APPROVAL_DUE, agreements.endOf(effectiveOn.minusDays(1)));
    locals.put(Vars.AMENDMENT_AGREED, false);
    agreements.correlate(FinancingAgreementProcess.MESSAGE_AMENDMENT_REQUESTED, agreement, locals);
    return request;
  }

  public void refuseLateAmendment(Long requestId) {
    FinancingRequest request = require(requestId);
    request.conclude(RequestStatus.REFUSED_LATE, Phrase.of("financing.conclusion.amendmentLate",
        request.getEffectiveOn(), request.getLatestRequestOn()), clock.instant());
  }

  /** One party's answer; on a late request the Commission's approval accepts the waiver's justification. */
  public void approveAmendment(Long requestId, Party party, boolean approved, String comment, String by) {
    InputErrors errors = new InputErrors();
    String text = errors.required(Vars.DECISION_COMMENT, comment, 4000);
    errors.throwIfAny();
    FinancingRequest request = require(requestId);
    request.recordApproval(party, approved);
    agreements.log(agreements.require(request.getAgreementId()), request.getNumber(),
        party == Party.BENEFICIARY ? FinancingAgreementProcess.TASK_APPROVE_AMENDMENT_BENEFICIARY
            : FinancingAgreementProcess.TASK_APPROVE_AMENDMENT_COMMISSION,
        approved ? "APPROVED" : "REFUSED", Phrase.of("financing.decision.partyAnswer", party.phrase(), text), by);
  }

  /** @return true when both parties approved: the amendment is agreed as a separate protocol (GC 17) */
  public boolean concludeAmendment(Long requestId) {
    FinancingRequest request = require(requestId);
    boolean agreed = Boolean.TRUE.equals(request.getBeneficiaryApproved())
        && Boolean.TRUE.equals(request.getCommissionApproved());
    Phrase reason = agreed
        ? Phrase.of("financing.conclusion.amendmentAgreed", request.getEffectiveOn())
        : Phrase.of("financing.conclusion.amendmentNotAgreed", answer(request.getBeneficiaryApproved()),
            answer(request.getCommissionApproved()));
    request.conclude(agreed ? RequestStatus.APPROVED : RequestStatus.REFUSED, reason, clock.instant());
    return agreed;
  }

  private static Phrase answer(Boolean approved) {
    return Phrase.of(Boolean.TRUE.equals(approved) ? "financing.answer.approved" : "financing.answer.notApproved");
  }

  // --- contingency reserve (TAP §13) ---

  public FinancingRequest requestContingency(String agreementNumber, ContingencyInput input,
      Collection<String> groups, String by) {
    InputErrors errors = new InputErrors();
    BigDecimal amount = errors.amount("amount", input.amount(), false);
    String purpose = errors.required("purpose", input.purpose(), 4000);
    errors.throwIfAny();
    FinancingAgreement agreement = agreements.lock(agreementNumber);
    checkTakesRequests(agreement);
    checkWithinReserve(agreement, amount);
    FinancingRequest request = requests.saveAndFlush(FinancingRequest.contingency(agreement.getId(),
        number(agreement, RequestKind.CONTINGENCY), Party.of(groups).orElse(Party.BENEFICIARY), by,
        agreements.today(), clock.instant(), purpose, amount));
    Map<String, Object> locals = locals(request);
    locals.put(Vars.STATEMENT_GIVEN, false);
    locals.put(Vars.CONSENT_GIVEN, false);
    agreements.correlate(FinancingAgreementProcess.MESSAGE_CONTINGENCY_REQUESTED, agreement, locals);
    return request;
  }

  /** The National Coordinator's written statement, or the request withdrawn. */
  public void recordStatement(Long requestId, boolean given, String reference, String comment, String by) {
    InputErrors errors = new InputErrors();
    String ref = given ? errors.required(Vars.STATEMENT_REFERENCE, reference, 200) : null;
    String text = errors.required(Vars.DECISION_COMMENT, comment, 4000);
    errors.throwIfAny();
    FinancingRequest request = require(requestId);
    if (given) {
      request.recordStatement(ref);
    } else {
      request.conclude(RequestStatus.WITHDRAWN, Phrase.of("financing.conclusion.noStatement", text), clock.instant());
    }
    agreements.log(agreements.require(request.getAgreementId()), request.getNumber(),
        FinancingAgreementProcess.TASK_CONTINGENCY_STATEMENT, given ? "STATEMENT_GIVEN" : "WITHDRAWN",
        given ? ref + ": " + text : text, by);
  }

  /** The EU Delegation's written consent, or its refusal. */
  public void recordConsent(Long requestId, boolean consent, String reference, String comment, String by) {
    InputErrors errors = new InputErrors();
    String ref = consent ? errors.required(Vars.CONSENT_REFERENCE, reference, 200) : null;
    String text = errors.required(Vars.DECISION_COMMENT, comment, 4000);
    errors.throwIfAny();
    FinancingRequest request = require(requestId);
    if (consent) {
      request.recordConsent(ref);
    } else {
      request.conclude(RequestStatus.REFUSED, Phrase.of("financing.conclusion.noConsent", text), clock.instant());
    }
    agreements.log(agreements.require(request.getAgreementId()), request.getNumber(),
        FinancingAgreementProcess.TASK_CONTINGENCY_CONSENT, consent ? "CONSENT_GIVEN" : "REFUSED",
        consent ? ref + ": " + text : text, by);
  }

  /**
   * Both written documents are there: the amount is taken from the reserve — unless requests approved
   * meanwhile left too little, then the request is refused with the amount still available.
   */
  public void approveContingencyUse(Long requestId) {
    FinancingRequest request = require(requestId);
    if (request.getStatementReference() == null || request.getConsentReference() == null) {
      throw new IllegalStateException(request.getNumber() + " lacks the written statement or the written consent");
    }
    FinancingAgreement agreement = agreements.lock(request.getAgreementId());
    if (request.getAmount().compareTo(agreement.contingencyAvailable()) > 0) {
      request.conclude(RequestStatus.REFUSED, Phrase.of("financing.conclusion.reserveShort",
          agreement.contingencyAvailable()), clock.instant());
      return;
    }
    agreement.useContingency(request.getAmount());
    request.conclude(RequestStatus.APPROVED, Phrase.of("financing.conclusion.contingencyUsed",
        request.getStatementReference(), request.getConsentReference(), request.getAmount()), clock.instant());
  }

  private static void checkWithinReserve(FinancingAgreement agreement, BigDecimal amount) {
    if (amount.compareTo(agreement.contingencyAvailable()) > 0) {
      throw new ConflictException(Messages.text("financing.contingency.overReserve",
          agreement.contingencyAvailable().toPlainString(), agreement.getContingencyReserve().toPlainString()));
    }
  }

  // --- shared ---

  private static void checkTakesRequests(FinancingAgreement agreement) {
    if (agreement.getStatus().isEnded() || agreement.getStatus() == AgreementStatus.EXPIRED) {
      throw new ConflictException(Messages.text("financing.agreement.ended", agreement.getStatus().displayName(),
          agreement.getNumber()));
    }
  }

  private String number(FinancingAgreement agreement, RequestKind kind) {
    return recordNumbers.under(agreement.getNumber(), kind.prefix());
  }

  private Map<String, Object> locals(FinancingRequest request) {
    Map<String, Object> locals = new HashMap<>();
    locals.put(Vars.REQUEST_ID, request.getId());
    locals.put(Vars.REQUEST_NUMBER, request.getNumber());
    return locals;
  }

  /** The request as the deciding party reads it on the task form, in the reader's language. */
  public String summaryOf(FinancingRequest request, Locale language) {
    StringBuilder text = new StringBuilder()
        .append("**").append(Messages.text(language, "financing.kind." + request.getKind().name())).append(":** ")
        .append(request.getSubject()).append("  \n")
        .append(label(language, "requestingParty"))
        .append(request.getRequestingParty().phrase().in(language)).append(" (")
        .append(request.getRequestedBy()).append(", ").append(Display.date(request.getRequestedOn())).append(")  \n");
    if (request.getJustification() != null) {
      text.append(label(language, "justification")).append(request.getJustification()).append("  \n");
    }
    if (request.getPhaseEndsOn() != null) {
      text.append(label(language, "phaseEndsOn")).append(Display.date(request.getPhaseEndsOn())).append("; ")
          .append(Messages.text(language, "financing.summary.phaseEndsOnNote")).append("  \n");
    }
    if (request.getEffectiveOn() != null) {
      text.append(label(language, "effectiveOn")).append(Display.date(request.getEffectiveOn())).append("  \n");
      if (Boolean.FALSE.equals(request.getLeadTimeMet())) {
        text.append("**").append(Messages.text(language, "financing.summary.leadTimeMissed")).append("** (")
            .append(Messages.text(language, "financing.summary.latestRequestOn")).append(' ')
            .append(Display.date(request.getLatestRequestOn())).append("). ")
            .append(Messages.text(language, "financing.summary.waiver")).append(": ")
            .append(request.getWaiverJustification()).append(" — ")
            .append(Messages.text(language, "financing.summary.waiverMeaning")).append("  \n");
      }
    }
    if (request.getAmount() != null) {
      text.append(label(language, "amount")).append(request.getAmount()).append(" EUR  \n");
    }
    return text.toString();
  }

  /** A bold field name of a summary: "**Сомасы:** ". */
  static String label(Locale language, String field) {
    return "**" + Messages.text(language, "financing.summary." + field) + ":** ";
  }

  public List<FinancingRequest> requestsOf(FinancingAgreement agreement) {
    return requests.findByAgreementIdOrderByIdAsc(agreement.getId());
  }
}
