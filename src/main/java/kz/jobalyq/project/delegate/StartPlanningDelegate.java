package kz.jobalyq.project.delegate;

import kz.jobalyq.project.ProjectService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Status INITIATIVE → PROJECT as planning starts (§65). */
@Component("startPlanningDelegate")
public class StartPlanningDelegate implements JavaDelegate {

  private final ProjectService projects;

  public StartPlanningDelegate(ProjectService projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    projects.startPlanning(ProjectVariables.projectId(execution));
  }
}
