package kz.jobalyq.planning.financing;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.planning.financing.FinancingAgreementProcess.Vars;
import kz.jobalyq.planning.financing.FinancingInputs.SuspensionInput;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.web.ConflictException;
import kz.jobalyq.system.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The financing agreement's suspension (GC 18, 19.1): the Commission suspends it, resolves the suspension or,
 * four months on, lets either party give notice. The only place a suspension's state changes; the agreement's
 * own status and its termination when the notice runs out stay with {@link FinancingAgreementService}.
 */
@Service
@Transactional
public class AgreementSuspensions {

  private final FinancingAgreementService agreements;
  private final AgreementSuspensionRepository suspensions;
  private final CalendarService calendar;

  public AgreementSuspensions(FinancingAgreementService agreements, AgreementSuspensionRepository suspensions,
      CalendarService calendar) {
    this.agreements = agreements;
    this.suspensions = suspensions;
    this.calendar = calendar;
  }

  /** The Commission suspends the agreement without prior notice; the notice states the consequences for contracts. */
  public AgreementSuspension suspend(String number, SuspensionInput input, String by) {
    InputErrors errors = new InputErrors();
    SuspensionGround ground = errors.oneOf("ground", input.ground(), SuspensionGround.class);
    String reason = errors.required("reason", input.reason(), 4000);
    String consequences = errors.required("contractConsequences", input.contractConsequences(), 4000);
    String forceMajeure = errors.optional("forceMajeureDetails", input.forceMajeureDetails(), 4000);
    errors.check(ground != SuspensionGround.FORCE_MAJEURE || forceMajeure != null, "forceMajeureDetails",
        "financing.forceMajeureDetails.required");
    errors.throwIfAny();
    FinancingAgreement agreement = agreements.lock(number);
    if (agreement.getStatus() != AgreementStatus.IN_FORCE_OPERATIONAL
        && agreement.getStatus() != AgreementStatus.CLOSURE) {
      throw new ConflictException(Messages.text("financing.agreement.cannotSuspend",
          agreement.getStatus().displayName(), number));
    }
    AgreementSuspension suspension = suspensions.save(new AgreementSuspension(agreement.getId(), ground, reason,
        consequences, forceMajeure, calendar.today(), by));
    agreement.suspend();
    agreements.log(agreement, null, "Suspension", "SUSPENDED", Phrase.of("financing.decision.suspended",
        ground.phrase(), reason, consequences), by);
    Map<String, Object> locals = new HashMap<>();
    locals.put(Vars.SUSPENSION_ID, suspension.getId());
    // Kept in Kazakh with the process; the forms compose it again in their reader's language.
    locals.put(Vars.SUSPENSION_SUMMARY, summaryOf(suspension, UserLanguage.KK));
    locals.put(Vars.UNRESOLVED_AT, agreements.endOf(suspension.getUnresolvedFrom()));
    locals.put(Vars.TERMINATION_EFFECTIVE_AT, null);
    agreements.correlate(FinancingAgreementProcess.MESSAGE_SUSPENDED, agreement, locals);
    return suspension;
  }

  public AgreementSuspension requireSuspension(Long suspensionId) {
    return suspensions.findById(suspensionId)
        .orElseThrow(() -> new NotFoundException(Messages.text("financing.suspension.notFound",
            String.valueOf(suspensionId))));
  }

  /** The Commission finds the suspension resolved: the agreement returns to the phase its dates give. */
  public void resume(Long suspensionId, String resolution, String by) {
    InputErrors errors = new InputErrors();
    String text = errors.required(Vars.RESOLUTION, resolution, 4000);
    errors.throwIfAny();
    AgreementSuspension suspension = requireSuspension(suspensionId);
    FinancingAgreement agreement = agreements.lock(suspension.getAgreementId());
    suspension.resume(calendar.today(), text);
    agreement.resume(calendar.today());
    agreements.log(agreement, null, FinancingAgreementProcess.TASK_RESUME, "RESUMED", text, by);
  }

  /** Four months passed without resolution: either party may now terminate with 2 months' notice (GC 19.1). */
  public void markUnresolved(Long suspensionId) {
    requireSuspension(suspensionId).markUnresolved(calendar.today());
  }

  public AgreementSuspension giveNotice(Long suspensionId, Party party, String reason, String by) {
    InputErrors errors = new InputErrors();
    String text = errors.required(Vars.NOTICE_REASON, reason, 4000);
    errors.throwIfAny();
    AgreementSuspension suspension = requireSuspension(suspensionId);
    suspension.giveNotice(calendar.today(), party, by, text);
    agreements.log(agreements.require(suspension.getAgreementId()), null, FinancingAgreementProcess.TASK_GIVE_NOTICE,
        "NOTICE_GIVEN",
        Phrase.of("financing.decision.noticeGiven", party.phrase(), text, suspension.getTerminationEffectiveOn()), by);
    return suspension;
  }

  public Date terminationEffectiveAt(AgreementSuspension suspension) {
    return agreements.endOf(suspension.getTerminationEffectiveOn());
  }

  public Optional<AgreementSuspension> openSuspension(Long agreementId) {
    return suspensions.findByAgreementIdOrderByIdAsc(agreementId).stream()
        .filter(suspension -> suspension.getStatus().isOpen()).findFirst();
  }

  /** What the Commission suspended and why, in {@code language} (the notice of the suspension says it). */
  public String suspensionSummary(Long suspensionId, Locale language) {
    return summaryOf(requireSuspension(suspensionId), language);
  }

  /** The suspension as the parties read it on their forms (and, in Kazakh, in the notice of GC 18). */
  static String summaryOf(AgreementSuspension suspension, Locale language) {
    StringBuilder text = new StringBuilder()
        .append(FinancingRequestService.label(language, "ground"))
        .append(suspension.getGround().phrase().in(language)).append("  \n")
        .append(FinancingRequestService.label(language, "reason")).append(suspension.getReason()).append("  \n")
        .append(FinancingRequestService.label(language, "consequences")).append(suspension.getContractConsequences())
        .append("  \n");
    if (suspension.getForceMajeureDetails() != null) {
      text.append(FinancingRequestService.label(language, "forceMajeure")).append(suspension.getForceMajeureDetails())
          .append("  \n");
    }
    return text.append(FinancingRequestService.label(language, "suspendedOn"))
        .append(Display.date(suspension.getSuspendedOn())).append("; ")
        .append(Messages.text(language, "financing.summary.unresolved", Display.date(suspension.getUnresolvedFrom())))
        .toString();
  }

  // --- reading ---

  public List<AgreementSuspension> suspensionsOf(FinancingAgreement agreement) {
    return suspensions.findByAgreementIdOrderByIdAsc(agreement.getId());
  }
}
