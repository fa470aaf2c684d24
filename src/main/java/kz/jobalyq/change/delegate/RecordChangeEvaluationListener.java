package kz.jobalyq.change.delegate;

import static kz.jobalyq.system.process.ProcessVariables.decimal;
import static kz.jobalyq.system.process.ProcessVariables.integer;
import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import kz.jobalyq.change.ChangeRequestService.Evaluation;
import kz.jobalyq.system.process.CurrentUser;
import kz.jobalyq.system.process.StepFlags;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the evaluation and hands the routing table its flags: baseline affected, budget change in %. */
@Component("recordChangeEvaluationListener")
public class RecordChangeEvaluationListener implements TaskListener {

  private final ChangeRequestService changeRequests;

  public RecordChangeEvaluationListener(ChangeRequestService changeRequests) {
    this.changeRequests = changeRequests;
  }

  @Override
  public void notify(DelegateTask task) {
    Evaluation evaluation = changeRequests.recordEvaluation(
        (Long) task.getVariable(Vars.CHANGE_REQUEST_ID),
        integer(task, Vars.SCHEDULE_SHIFT_DAYS),
        decimal(task, Vars.COST_CHANGE),
        text(task, Vars.SCOPE_CHANGE),
        text(task, Vars.QUALITY_CHANGE),
        text(task, Vars.EVALUATION_COMMENT),
        CurrentUser.completing(task));
    // The routing table, next in this command, reads the flags; the evaluation itself lives in change_request.
    StepFlags.set(task.getExecution(), Vars.BASELINE_AFFECTED, evaluation.baselineAffected());
    StepFlags.set(task.getExecution(), Vars.BUDGET_CHANGE_PERCENT, evaluation.budgetChangePercent());
    StepFlags.set(task.getExecution(), Vars.PROJECT_REGULATED, evaluation.projectRegulated());
    task.getExecution().removeVariables(java.util.List.of(Vars.SCHEDULE_SHIFT_DAYS, Vars.COST_CHANGE,
        Vars.SCOPE_CHANGE, Vars.QUALITY_CHANGE, Vars.EVALUATION_COMMENT));
  }
}
