package kz.jobalyq.project.delegate;

import java.util.List;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.project.ProjectPlanningService;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Stores the management plan and its schedule; the §67 warnings go to the approvers' forms. */
@Component("recordManagementPlanListener")
public class RecordManagementPlanListener implements TaskListener {

  private final ProjectPlanningService planning;

  public RecordManagementPlanListener(ProjectPlanningService planning) {
    this.planning = planning;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> warnings = planning.recordPlan(ProjectVariables.projectId(task), PlanForm.read(task),
        CurrentUser.completing(task));
    task.getExecution().setVariable(Vars.SCHEDULE_WARNINGS, warnings.isEmpty() ? null : String.join("; ", warnings));
    task.getExecution().removeVariables(PlanForm.FIELDS);
    // Comments of an earlier return were answered by this version.
    task.getExecution().removeVariables(List.of(Vars.PLAN_COMMENT, Vars.BASELINE_COMMENT));
  }
}
