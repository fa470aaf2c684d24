package kz.jobalyq.escalation.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.escalation.EscalationService;
import kz.jobalyq.escalation.ProblemEscalationProcess.Vars;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the level holder's decision with its reason; an impossible one (escalate at the top) is refused. */
@Component("recordProblemDecisionListener")
public class RecordProblemDecisionListener implements TaskListener {

  private final EscalationService escalation;

  public RecordProblemDecisionListener(EscalationService escalation) {
    this.escalation = escalation;
  }

  @Override
  public void notify(DelegateTask task) {
    String decidedBy = CurrentUser.completing(task);
    escalation.recordDecision(((Number) task.getVariable(Vars.PROBLEM_ID)).longValue(),
        text(task, Vars.DECISION), text(task, Vars.DECISION_COMMENT), decidedBy);
    task.getExecution().setVariable("problemDecidedBy", decidedBy);
  }
}
