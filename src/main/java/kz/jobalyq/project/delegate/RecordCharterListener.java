package kz.jobalyq.project.delegate;

import kz.jobalyq.project.ProjectCharter;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.project.ProjectPlanningService;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Stores the submitted charter (a field at fault refuses the form) and gives the process its scale. */
@Component("recordCharterListener")
public class RecordCharterListener implements TaskListener {

  private final ProjectPlanningService planning;

  public RecordCharterListener(ProjectPlanningService planning) {
    this.planning = planning;
  }

  @Override
  public void notify(DelegateTask task) {
    ProjectCharter charter = planning.recordCharter(ProjectVariables.projectId(task), CharterForm.read(task),
        CurrentUser.completing(task));
    task.getExecution().setVariable(Vars.PROJECT_NAME, charter.getProjectName());
    task.getExecution().setVariable(Vars.PROJECT_SCALE, charter.getScale().name());
    // The charter lives in project_charter; a rework reopens it from there.
    task.getExecution().removeVariables(CharterForm.FIELDS);
  }
}
