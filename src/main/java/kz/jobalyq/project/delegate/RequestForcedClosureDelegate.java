package kz.jobalyq.project.delegate;

import static kz.jobalyq.system.process.ProcessVariables.enumValue;
import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.project.ForcedClosureReason;
import kz.jobalyq.project.ProjectClosureService;
import kz.jobalyq.project.ProjectForcedClosureProcess;
import kz.jobalyq.project.ProjectLifecycleProcess;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the forced-closure decision (§121) and interrupts the project's execution: its life-cycle
 * process moves on to the forced-closure report. A project not in execution is refused.
 */
@Component("requestForcedClosureDelegate")
public class RequestForcedClosureDelegate implements JavaDelegate {

  private final ProjectClosureService closure;

  public RequestForcedClosureDelegate(ProjectClosureService closure) {
    this.closure = closure;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String projectNumber = closure.recordForcedClosureRequest(text(execution, ProjectForcedClosureProcess.PROJECT_NUMBER),
        enumValue(execution, ProjectForcedClosureProcess.REASON, ForcedClosureReason.class),
        text(execution, ProjectForcedClosureProcess.JUSTIFICATION), CurrentUser.of(execution.getProcessEngineServices()));
    execution.setProcessBusinessKey(projectNumber);
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(ProjectLifecycleProcess.MESSAGE_FORCED_CLOSURE)
        .processInstanceBusinessKey(projectNumber)
        .setVariable(ProjectLifecycleProcess.Vars.FORCED_CLOSURE_REASON,
            text(execution, ProjectForcedClosureProcess.REASON))
        .correlate();
  }
}
