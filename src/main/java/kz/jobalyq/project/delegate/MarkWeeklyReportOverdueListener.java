package kz.jobalyq.project.delegate;

import kz.jobalyq.project.ProjectReportingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The report's due date passed: it shows as overdue while the project group head is told. */
@Component("markWeeklyReportOverdueListener")
public class MarkWeeklyReportOverdueListener implements ExecutionListener {

  private final ProjectReportingService reporting;

  public MarkWeeklyReportOverdueListener(ProjectReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String week = ProjectVariables.weekStart(execution).toString();
    reporting.markOverdue(ProjectVariables.projectId(execution), ProjectVariables.weekStart(execution));
    // The group head's task concerns this week even after the lead has moved on to the next one.
    execution.setVariableLocal(ProjectVariables.OVERDUE_WEEK, week);
  }
}
