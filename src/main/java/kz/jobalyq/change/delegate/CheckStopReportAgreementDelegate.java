package kz.jobalyq.change.delegate;

import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The status becomes final only when both agreed the report; otherwise it goes back to the lead. */
@Component("checkStopReportAgreementDelegate")
public class CheckStopReportAgreementDelegate implements JavaDelegate {

  private final ChangeRequestService changeRequests;

  public CheckStopReportAgreementDelegate(ChangeRequestService changeRequests) {
    this.changeRequests = changeRequests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Vars.STOP_REPORT_AGREED,
        changeRequests.stopReportAgreed((Long) execution.getVariable(Vars.CHANGE_REQUEST_ID)));
  }
}
