package kz.jobalyq.project.delegate;

import static kz.jobalyq.system.process.ProcessVariables.decimal;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.List;
import kz.jobalyq.project.FinalReportInput;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The fields of forms/final-report.form (§120): used for planned and forced closure here, and for a
 * suspension or termination by the change-request process.
 */
public final class FinalReportForm {

  /** Removed from the process once the report is stored in final_report. */
  public static final List<String> FIELDS = List.of("goalAndResults", "scopeDelivered", "risksSummary",
      "budgetSummary", "budgetSpent", "managementLabourCosts", "implementationEvaluation", "lessonsLearned",
      "explanatoryNote", "resultsHandover");

  private FinalReportForm() {
  }

  public static FinalReportInput read(VariableScope form) {
    return new FinalReportInput(text(form, "goalAndResults"), text(form, "scopeDelivered"),
        text(form, "risksSummary"), text(form, "budgetSummary"), decimal(form, "budgetSpent"),
        text(form, "managementLabourCosts"), text(form, "implementationEvaluation"), text(form, "lessonsLearned"),
        text(form, "explanatoryNote"), text(form, "resultsHandover"));
  }
}
