package kz.jobalyq.change.delegate;

import static kz.jobalyq.system.process.ProcessVariables.decimal;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.ArrayList;
import java.util.List;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import kz.jobalyq.project.FinalReportInput;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Stores the suspension/termination report and sends it to the two who must agree it (§113). */
@Component("recordStopReportListener")
public class RecordStopReportListener implements TaskListener {

  private static final List<String> FIELDS = List.of("goalAndResults", "scopeDelivered", "risksSummary",
      "budgetSummary", "budgetSpent", "managementLabourCosts", "implementationEvaluation", "lessonsLearned",
      "explanatoryNote", "resultsHandover");

  private final ChangeRequestService changeRequests;

  public RecordStopReportListener(ChangeRequestService changeRequests) {
    this.changeRequests = changeRequests;
  }

  @Override
  public void notify(DelegateTask task) {
    changeRequests.recordStopReport((Long) task.getVariable(Vars.CHANGE_REQUEST_ID),
        new FinalReportInput(text(task, "goalAndResults"), text(task, "scopeDelivered"), text(task, "risksSummary"),
            text(task, "budgetSummary"), decimal(task, "budgetSpent"), text(task, "managementLabourCosts"),
            text(task, "implementationEvaluation"), text(task, "lessonsLearned"), text(task, "explanatoryNote"),
            text(task, "resultsHandover")),
        CurrentUser.completing(task));
    task.getExecution().setVariable(Vars.STOP_REPORT_AGREERS, new ArrayList<>(ChangeRequestService.STOP_REPORT_AGREERS));
    task.getExecution().removeVariables(FIELDS);
  }
}
