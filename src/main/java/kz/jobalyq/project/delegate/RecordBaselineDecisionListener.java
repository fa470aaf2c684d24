package kz.jobalyq.project.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.project.ProjectPlanningService;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the implementation group lead's approval of the baseline plan, or the refusal (§76). */
@Component("recordBaselineDecisionListener")
public class RecordBaselineDecisionListener implements TaskListener {

  private final ProjectPlanningService planning;

  public RecordBaselineDecisionListener(ProjectPlanningService planning) {
    this.planning = planning;
  }

  @Override
  public void notify(DelegateTask task) {
    planning.recordBaselineDecision(ProjectVariables.projectId(task), text(task, Vars.BASELINE_DECISION),
        text(task, Vars.BASELINE_COMMENT), CurrentUser.completing(task));
  }
}
