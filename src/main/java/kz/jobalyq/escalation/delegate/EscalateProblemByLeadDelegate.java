package kz.jobalyq.escalation.delegate;

import static kz.jobalyq.system.process.ProcessVariables.date;
import static kz.jobalyq.system.process.ProcessVariables.integer;
import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.escalation.EscalationService;
import kz.jobalyq.escalation.EscalationService.LeadEscalation;
import kz.jobalyq.escalation.LeadEscalationProcess.Vars;
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

  private final EscalationService escalation;

  public EscalateProblemByLeadDelegate(EscalationService escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = text(execution, Vars.PROBLEM_NUMBER);
    if (number == null) {
      throw new IllegalArgumentException(Vars.PROBLEM_NUMBER + ": проблеманың нөмірін көрсетіңіз");
    }
    LeadEscalation escalated;
    try {
      escalated = escalation.escalateByLead(number, integer(execution, Vars.TARGET_LEVEL), text(execution, Vars.REASON),
          date(execution, Vars.DATE_AT_RISK), CurrentUser.of(execution.getProcessEngineServices()));
    } catch (NotFoundException | ConflictException | AccessDeniedException e) {
      throw new IllegalArgumentException(e.getMessage().startsWith(Vars.PROBLEM_NUMBER) ? e.getMessage()
          : Vars.PROBLEM_NUMBER + ": " + e.getMessage(), e);
    }
    execution.setProcessBusinessKey(number);
    // Every process about a project carries its number: per-record task routing and archive links need it.
    execution.setVariable(Vars.PROJECT_NUMBER, escalated.projectNumber());
  }
}
