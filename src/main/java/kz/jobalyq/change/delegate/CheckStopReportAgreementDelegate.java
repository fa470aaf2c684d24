package kz.jobalyq.change.delegate;

import kz.jobalyq.change.ChangeRequestPapers;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ProjectStopRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The status becomes final only when both agreed the report; otherwise it goes back to the lead. */
@Component("checkStopReportAgreementDelegate")
public class CheckStopReportAgreementDelegate implements JavaDelegate {

  private final ProjectStopRequests stops;
  private final ChangeRequestPapers papers;

  public CheckStopReportAgreementDelegate(ProjectStopRequests stops, ChangeRequestPapers papers) {
    this.stops = stops;
    this.papers = papers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = (Long) execution.getVariable(Vars.CHANGE_REQUEST_ID);
    boolean agreed = stops.stopReportAgreed(id);
    if (agreed) {
      // The agreed report is placed in the project archive (§114).
      papers.fileStopReport(id);
    }
    execution.setVariable(Vars.STOP_REPORT_AGREED, agreed);
  }
}
