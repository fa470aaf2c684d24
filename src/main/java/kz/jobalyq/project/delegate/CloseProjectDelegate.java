package kz.jobalyq.project.delegate;

import java.util.Date;
import kz.jobalyq.project.FinalReportPapers;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.project.ProjectService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Status CLOSED or FORCED_CLOSED, archive sealed; the evaluation's 15 working days count from here. */
@Component("closeProjectDelegate")
public class CloseProjectDelegate implements JavaDelegate {

  private final ProjectService projects;
  private final FinalReportPapers papers;

  public CloseProjectDelegate(ProjectService projects, FinalReportPapers papers) {
    this.projects = projects;
    this.papers = papers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long projectId = ProjectVariables.projectId(execution);
    // The final report with its decisions goes into the archive before the archive is sealed (§119, §122).
    papers.fileClosure(projectId);
    projects.close(projectId);
    execution.setVariable(Vars.CLOSED_AT, Date.from(projects.find(projectId).orElseThrow().getClosedAt()));
  }
}
