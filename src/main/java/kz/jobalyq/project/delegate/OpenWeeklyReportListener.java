package kz.jobalyq.project.delegate;

import kz.jobalyq.project.ProjectReportingService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The week's report task exists: our table shows the report as due; its due date stays the task's. */
@Component("openWeeklyReportListener")
public class OpenWeeklyReportListener implements TaskListener {

  private final ProjectReportingService reporting;

  public OpenWeeklyReportListener(ProjectReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void notify(DelegateTask task) {
    reporting.open(ProjectVariables.projectId(task), ProjectVariables.weekStart(task));
  }
}
