package kz.jobalyq.change.delegate;

import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import kz.jobalyq.change.ChangeRequestStatus;
import kz.jobalyq.system.process.StepFlags;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ACCEPTED_FOR_EXECUTION if every deciding group approved, REFUSED otherwise (§106.3). */
@Component("checkChangeApprovalDelegate")
public class CheckChangeApprovalDelegate implements JavaDelegate {

  private final ChangeRequestService changeRequests;

  public CheckChangeApprovalDelegate(ChangeRequestService changeRequests) {
    this.changeRequests = changeRequests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeRequestStatus status = changeRequests.concludeApproval((Long) execution.getVariable(Vars.CHANGE_REQUEST_ID));
    // Read by the gateway right after; the outcome is the request's status in change_request.
    StepFlags.set(execution, Vars.CHANGE_APPROVED, status == ChangeRequestStatus.ACCEPTED_FOR_EXECUTION);
  }
}
