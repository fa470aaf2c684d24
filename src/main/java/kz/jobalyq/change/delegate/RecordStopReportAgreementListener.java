package kz.jobalyq.change.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ProjectStopRequests;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records one agreeing group's answer on the suspension/termination report. */
@Component("recordStopReportAgreementListener")
public class RecordStopReportAgreementListener implements TaskListener {

  private final ProjectStopRequests stops;

  public RecordStopReportAgreementListener(ProjectStopRequests stops) {
    this.stops = stops;
  }

  @Override
  public void notify(DelegateTask task) {
    stops.recordStopReportAgreement((Long) task.getVariable(Vars.CHANGE_REQUEST_ID),
        text(task, Vars.STOP_REPORT_AGREER), text(task, Vars.REPORT_AGREEMENT),
        text(task, Vars.REPORT_AGREEMENT_COMMENT), CurrentUser.completing(task));
  }
}
