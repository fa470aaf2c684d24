package kz.jobalyq.escalation.delegate;

import static kz.jobalyq.system.process.ProcessVariables.date;
import static kz.jobalyq.system.process.ProcessVariables.integer;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.regex.Pattern;
import kz.jobalyq.escalation.EscalationService;
import kz.jobalyq.escalation.EscalationService.LeadEscalation;
import kz.jobalyq.escalation.EscalationService.LeadEscalationFields;
import kz.jobalyq.escalation.LeadEscalationProcess.Vars;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.process.CurrentUser;
import kz.jobalyq.system.web.ConflictException;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The project lead's escalation from Tasklist (§100): the same service as the API. Every refusal names
 * the field, so Tasklist shows it on the start form and nothing is started.
 */
@Component("escalateProblemByLeadDelegate")
public class EscalateProblemByLeadDelegate implements JavaDelegate {

  /** The start form's keys, so Tasklist outlines the field at fault. */
  static final LeadEscalationFields FORM_FIELDS = new LeadEscalationFields(Vars.TARGET_LEVEL, Vars.REASON,
      Vars.DATE_AT_RISK);
  /** A refusal's leading field name ({@code problemNumber: …}), said again as the problem number's. */
  private static final Pattern FIELD_NAMED = Pattern.compile("^[A-Za-z]\\w*: ");

  private final EscalationService escalation;

  public EscalateProblemByLeadDelegate(EscalationService escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = text(execution, Vars.PROBLEM_NUMBER);
    if (number == null) {
      throw BadInput.of(Vars.PROBLEM_NUMBER, "escalation.problemNumber.required");
    }
    LeadEscalation escalated;
    try {
      escalated = escalation.escalateByLead(number, integer(execution, Vars.TARGET_LEVEL), text(execution, Vars.REASON),
          date(execution, Vars.DATE_AT_RISK), CurrentUser.of(execution.getProcessEngineServices()), FORM_FIELDS);
    } catch (NotFoundException | ConflictException | AccessDeniedException e) {
      // Said in the user's words about the problem named: the form points at its number.
      throw new IllegalArgumentException(Vars.PROBLEM_NUMBER + ": " + FIELD_NAMED.matcher(e.getMessage())
          .replaceFirst(""), e);
    }
    execution.setProcessBusinessKey(number);
    // Every process about a project carries its number: per-record task routing and archive links need it.
    execution.setVariable(Vars.PROJECT_NUMBER, escalated.projectNumber());
  }
}
