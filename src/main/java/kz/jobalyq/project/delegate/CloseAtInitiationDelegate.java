package kz.jobalyq.project.delegate;

import kz.jobalyq.project.ProjectService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Status CLOSED_AT_INITIATION: the project group head decided to close (§58). */
@Component("closeAtInitiationDelegate")
public class CloseAtInitiationDelegate implements JavaDelegate {

  private final ProjectService projects;

  public CloseAtInitiationDelegate(ProjectService projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    projects.closeAtInitiation(ProjectVariables.projectId(execution));
  }
}
