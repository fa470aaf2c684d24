package kz.jobalyq.change.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the approver's decision: accepted for execution, or refused with grounds. */
@Component("recordChangeDecisionListener")
public class RecordChangeDecisionListener implements TaskListener {

  private final ChangeRequestService changeRequests;

  public RecordChangeDecisionListener(ChangeRequestService changeRequests) {
    this.changeRequests = changeRequests;
  }

  @Override
  public void notify(DelegateTask task) {
    changeRequests.recordDecision(
        (Long) task.getVariable(Vars.CHANGE_REQUEST_ID),
        text(task, Vars.DECISION),
        text(task, Vars.DECISION_COMMENT),
        text(task, Vars.APPROVER_GROUPS),
        CurrentUser.completing(task));
  }
}
