package kz.jobalyq.change.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.ArrayList;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
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
    execution.setVariable(Vars.APPROVER_GROUP_LIST, new ArrayList<>(changeRequests.recordRouting(
        (Long) execution.getVariable(Vars.CHANGE_REQUEST_ID), text(execution, Vars.APPROVER_GROUPS))));
  }
}
