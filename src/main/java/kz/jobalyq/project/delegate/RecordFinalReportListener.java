package kz.jobalyq.project.delegate;

import static kz.jobalyq.system.process.ProcessVariables.decimal;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.List;
import kz.jobalyq.project.ClosureType;
import kz.jobalyq.project.FinalReportInput;
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

  private static final List<String> FIELDS = List.of("goalAndResults", "scopeDelivered", "risksSummary",
      "budgetSummary", "budgetSpent", "managementLabourCosts", "implementationEvaluation", "lessonsLearned",
      "explanatoryNote", "resultsHandover");

  private final ProjectClosureService closure;

  public RecordFinalReportListener(ProjectClosureService closure) {
    this.closure = closure;
  }

  @Override
  public void notify(DelegateTask task) {
    ClosureType type = ProjectLifecycleProcess.TASK_PREPARE_FORCED_CLOSURE_REPORT.equals(task.getTaskDefinitionKey())
        ? ClosureType.FORCED : ClosureType.PLANNED;
    int round = closure.recordFinalReport(ProjectVariables.projectId(task), type,
        new FinalReportInput(text(task, "goalAndResults"), text(task, "scopeDelivered"), text(task, "risksSummary"),
            text(task, "budgetSummary"), decimal(task, "budgetSpent"), text(task, "managementLabourCosts"),
            text(task, "implementationEvaluation"), text(task, "lessonsLearned"), text(task, "explanatoryNote"),
            text(task, "resultsHandover")),
        CurrentUser.completing(task));
    task.getExecution().setVariable(Vars.CLOSURE_TYPE, type.name());
    task.getExecution().setVariable(Vars.CLOSURE_ROUND, round);
    task.getExecution().removeVariables(FIELDS);
  }
}
