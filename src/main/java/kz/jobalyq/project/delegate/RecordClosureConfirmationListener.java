package kz.jobalyq.project.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.project.ProjectClosureService;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records one confirming group's answer on the project's results (§117–§118). */
@Component("recordClosureConfirmationListener")
public class RecordClosureConfirmationListener implements TaskListener {

  private final ProjectClosureService closure;

  public RecordClosureConfirmationListener(ProjectClosureService closure) {
    this.closure = closure;
  }

  @Override
  public void notify(DelegateTask task) {
    closure.recordConfirmation(ProjectVariables.projectId(task), text(task, Vars.CONFIRMER_GROUP),
        text(task, Vars.CONFIRMATION_OUTCOME), text(task, Vars.CONFIRMATION_COMMENT), CurrentUser.completing(task));
  }
}
