package kz.jobalyq.change.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records what the project group head did about an overdue review. */
@Component("recordOverdueReviewListener")
public class RecordOverdueReviewListener implements TaskListener {

  private final ChangeRequestService changeRequests;

  public RecordOverdueReviewListener(ChangeRequestService changeRequests) {
    this.changeRequests = changeRequests;
  }

  @Override
  public void notify(DelegateTask task) {
    changeRequests.recordOverdueHandled((Long) task.getVariable(Vars.CHANGE_REQUEST_ID),
        text(task, Vars.OVERDUE_MEASURES), CurrentUser.completing(task));
    task.getExecution().removeVariable(Vars.OVERDUE_MEASURES);
  }
}
