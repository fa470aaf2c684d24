package kz.jobalyq.project.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.project.ProjectPlanningService;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the project group head's agreement of the plan, or its return with comments. */
@Component("recordPlanAgreementListener")
public class RecordPlanAgreementListener implements TaskListener {

  private final ProjectPlanningService planning;

  public RecordPlanAgreementListener(ProjectPlanningService planning) {
    this.planning = planning;
  }

  @Override
  public void notify(DelegateTask task) {
    planning.recordPlanAgreement(ProjectVariables.projectId(task), text(task, Vars.PLAN_AGREEMENT),
        text(task, Vars.PLAN_COMMENT), CurrentUser.completing(task));
  }
}
