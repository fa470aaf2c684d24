package kz.jobalyq.escalation.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.escalation.EscalationService;
import kz.jobalyq.escalation.ProblemEscalationProcess.Vars;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the information the level asked for; the problem then goes back to that level. */
@Component("recordProblemInformationListener")
public class RecordProblemInformationListener implements TaskListener {

  private final EscalationService escalation;

  public RecordProblemInformationListener(EscalationService escalation) {
    this.escalation = escalation;
  }

  @Override
  public void notify(DelegateTask task) {
    escalation.recordInformation(((Number) task.getVariable(Vars.PROBLEM_ID)).longValue(),
        text(task, Vars.INFORMATION), CurrentUser.completing(task));
    task.getExecution().removeVariable(Vars.INFORMATION);
  }
}
