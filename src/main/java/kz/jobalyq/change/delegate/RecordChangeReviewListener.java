package kz.jobalyq.change.delegate;

import static kz.jobalyq.system.process.ProcessVariables.enumValue;
import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import kz.jobalyq.change.RefusalReason;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the project lead's review when the task completes; a refusal without grounds is refused. */
@Component("recordChangeReviewListener")
public class RecordChangeReviewListener implements TaskListener {

  private final ChangeRequestService changeRequests;

  public RecordChangeReviewListener(ChangeRequestService changeRequests) {
    this.changeRequests = changeRequests;
  }

  @Override
  public void notify(DelegateTask task) {
    changeRequests.recordReview(
        (Long) task.getVariable(Vars.CHANGE_REQUEST_ID),
        text(task, Vars.REVIEW_OUTCOME),
        enumValue(task, Vars.REFUSAL_REASON, RefusalReason.class),
        text(task, Vars.REFUSAL_GROUNDS),
        text(task, Vars.REVIEW_COMMENT),
        CurrentUser.completing(task));
    // The review lives in change_request; the process keeps only the outcome its gateway reads (and forgets it
    // there, in this same command: see Gateway_ReviewOutcome's end listener).
    task.getExecution().removeVariables(java.util.List.of(Vars.REFUSAL_REASON, Vars.REFUSAL_GROUNDS,
        Vars.REVIEW_COMMENT));
  }
}
