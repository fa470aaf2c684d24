package kz.jobalyq.project.delegate;

import kz.jobalyq.project.ProjectPlanningService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A charter sent back for refinement opens with what the lead submitted last time. The values are put
 * back where a submitted form puts them, so Tasklist's form and the engine API read the same thing.
 */
@Component("prefillCharterListener")
public class PrefillCharterListener implements TaskListener {

  private final ProjectPlanningService planning;

  public PrefillCharterListener(ProjectPlanningService planning) {
    this.planning = planning;
  }

  @Override
  public void notify(DelegateTask task) {
    planning.latestCharter(ProjectVariables.projectId(task))
        .ifPresent(charter -> task.getExecution().setVariables(CharterForm.values(charter)));
  }
}
