package kz.jobalyq.project.delegate;

import kz.jobalyq.project.ProjectClosureService;
import kz.jobalyq.project.ProjectClosureService.ConfirmationResult;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Results are confirmed only if every confirming group confirmed; otherwise back to execution (§118). */
@Component("checkClosureConfirmationsDelegate")
public class CheckClosureConfirmationsDelegate implements JavaDelegate {

  private final ProjectClosureService closure;

  public CheckClosureConfirmationsDelegate(ProjectClosureService closure) {
    this.closure = closure;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long projectId = ProjectVariables.projectId(execution);
    ConfirmationResult result = closure.confirmationResult(projectId);
    execution.setVariable(Vars.RESULTS_CONFIRMED, result.confirmed());
    execution.setVariable(Vars.RETURN_REASONS, result.reasons());
    if (!result.confirmed()) {
      closure.returnToExecution(projectId, result.reasons());
    }
  }
}
