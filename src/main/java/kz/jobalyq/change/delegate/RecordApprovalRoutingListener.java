package kz.jobalyq.change.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.ArrayList;
import java.util.List;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import kz.jobalyq.system.process.StepFlags;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Stores who decides, as the routing table said, and gives each deciding group its own task. */
@Component("recordApprovalRoutingListener")
public class RecordApprovalRoutingListener implements ExecutionListener {

  private final ChangeRequestService changeRequests;

  public RecordApprovalRoutingListener(ChangeRequestService changeRequests) {
    this.changeRequests = changeRequests;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<String> groups = new ArrayList<>(changeRequests.recordRouting(
        (Long) execution.getVariable(Vars.CHANGE_REQUEST_ID), text(execution, Vars.APPROVER_GROUPS)));
    // change_request holds the routing; the decision's multi-instance, next in this command, reads the list.
    execution.removeVariable(Vars.APPROVER_GROUPS);
    StepFlags.set(execution, Vars.APPROVER_GROUP_LIST, groups);
  }
}
