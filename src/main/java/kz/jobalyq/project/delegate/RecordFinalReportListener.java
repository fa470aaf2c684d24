package kz.jobalyq.project.delegate;

import kz.jobalyq.project.ClosureType;
import kz.jobalyq.project.ProjectClosureService;
import kz.jobalyq.project.ProjectLifecycleProcess;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Stores the final report (§120); which task it comes from tells a planned closure from a forced one. */
@Component("recordFinalReportListener")
public class RecordFinalReportListener implements TaskListener {

  private final ProjectClosureService closure;

  public RecordFinalReportListener(ProjectClosureService closure) {
    this.closure = closure;
  }

  @Override
  public void notify(DelegateTask task) {
    ClosureType type = ProjectLifecycleProcess.TASK_PREPARE_FORCED_CLOSURE_REPORT.equals(task.getTaskDefinitionKey())
        ? ClosureType.FORCED : ClosureType.PLANNED;
    int round = closure.recordFinalReport(ProjectVariables.projectId(task), type, FinalReportForm.read(task),
        CurrentUser.completing(task));
    task.getExecution().setVariable(Vars.CLOSURE_TYPE, type.name());
    task.getExecution().setVariable(Vars.CLOSURE_ROUND, round);
    task.getExecution().removeVariables(FinalReportForm.FIELDS);
  }
}
