package kz.jobalyq.project.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.project.ProjectReportingService;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records what the project group head did about a weekly report that was not filed in time. */
@Component("recordMissedReportListener")
public class RecordMissedReportListener implements TaskListener {

  private final ProjectReportingService reporting;

  public RecordMissedReportListener(ProjectReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void notify(DelegateTask task) {
    reporting.recordMissedReportHandled(ProjectVariables.projectId(task), ProjectVariables.overdueWeek(task),
        text(task, Vars.MISSED_REPORT_COMMENT), CurrentUser.completing(task));
    task.getExecution().removeVariable(Vars.MISSED_REPORT_COMMENT);
  }
}
