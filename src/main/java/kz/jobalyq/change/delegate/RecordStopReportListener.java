package kz.jobalyq.change.delegate;

import java.util.ArrayList;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ProjectStopRequests;
import kz.jobalyq.project.delegate.FinalReportForm;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Stores the suspension/termination report and sends it to the two who must agree it (§113). */
@Component("recordStopReportListener")
public class RecordStopReportListener implements TaskListener {

  private final ProjectStopRequests stops;

  public RecordStopReportListener(ProjectStopRequests stops) {
    this.stops = stops;
  }

  @Override
  public void notify(DelegateTask task) {
    stops.recordStopReport((Long) task.getVariable(Vars.CHANGE_REQUEST_ID),
        FinalReportForm.read(task), CurrentUser.completing(task));
    task.getExecution().setVariable(Vars.STOP_REPORT_AGREERS, new ArrayList<>(ProjectStopRequests.STOP_REPORT_AGREERS));
    task.getExecution().removeVariables(FinalReportForm.FIELDS);
  }
}
