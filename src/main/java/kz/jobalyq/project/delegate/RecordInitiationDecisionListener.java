package kz.jobalyq.project.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.project.ProjectPlanningService;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the project group head's decision at the end of initiation (§58). */
@Component("recordInitiationDecisionListener")
public class RecordInitiationDecisionListener implements TaskListener {

  private final ProjectPlanningService planning;

  public RecordInitiationDecisionListener(ProjectPlanningService planning) {
    this.planning = planning;
  }

  @Override
  public void notify(DelegateTask task) {
    planning.recordInitiationDecision(ProjectVariables.projectId(task), text(task, Vars.INITIATION_DECISION),
        text(task, Vars.INITIATION_COMMENT), CurrentUser.completing(task));
  }
}
