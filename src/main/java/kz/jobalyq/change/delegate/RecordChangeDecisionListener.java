package kz.jobalyq.change.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records one deciding group's answer; each group decides on its own task. */
@Component("recordChangeDecisionListener")
public class RecordChangeDecisionListener implements TaskListener {

  private final ChangeRequestService changeRequests;

  public RecordChangeDecisionListener(ChangeRequestService changeRequests) {
    this.changeRequests = changeRequests;
  }

  @Override
  public void notify(DelegateTask task) {
    changeRequests.recordApproverDecision(
        (Long) task.getVariable(Vars.CHANGE_REQUEST_ID),
        text(task, Vars.APPROVER_GROUP),
        text(task, Vars.DECISION),
        text(task, Vars.DECISION_COMMENT),
        text(task, Vars.OFFICE_AGREEMENT),
        CurrentUser.completing(task));
    // The decision lives in change_request_decision (Task_CheckApproval reads it there). Removed in the command
    // that brought it, it is never written to the process (nor to its history) and never offered to the next
    // approver's form as if it were theirs.
    task.getExecution().removeVariables(java.util.List.of(Vars.DECISION, Vars.DECISION_COMMENT,
        Vars.OFFICE_AGREEMENT));
  }
}
