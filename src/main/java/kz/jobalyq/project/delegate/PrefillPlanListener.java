package kz.jobalyq.project.delegate;

import kz.jobalyq.project.ProjectPlanningService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A plan returned for rework opens with what the lead submitted last time. The values are put back
 * where a submitted form puts them, so Tasklist's form and the engine API read the same thing.
 */
@Component("prefillPlanListener")
public class PrefillPlanListener implements TaskListener {

  private final ProjectPlanningService planning;

  public PrefillPlanListener(ProjectPlanningService planning) {
    this.planning = planning;
  }

  @Override
  public void notify(DelegateTask task) {
    Long projectId = ProjectVariables.projectId(task);
    planning.latestPlan(projectId).ifPresent(plan ->
        task.getExecution().setVariables(PlanForm.values(plan, planning.scheduleOfPlan(plan.getId()))));
  }
}
