package kz.jobalyq.project;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.jobalyq.system.forms.Display;

/** The final report (the eight parts of §120) as a form shows it to those who agree or confirm it. */
public final class FinalReportView {

  private FinalReportView() {
  }

  public static Map<String, Object> of(FinalReport report) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("round", report.getClosureRound());
    view.put("submittedAt", Display.dateTime(report.getSubmittedAt()));
    view.put("submittedBy", report.getSubmittedBy());
    view.put("goalAndResults", report.getGoalAndResults());
    view.put("scopeDelivered", report.getScopeDelivered());
    view.put("risksSummary", report.getRisksSummary());
    view.put("budgetSummary", report.getBudgetSummary());
    view.put("budgetSpent", Display.money(report.getBudgetSpent()));
    view.put("managementLabourCosts", report.getManagementLabourCosts());
    view.put("implementationEvaluation", report.getImplementationEvaluation());
    view.put("lessonsLearned", report.getLessonsLearned());
    view.put("explanatoryNote", report.getExplanatoryNote());
    view.put("resultsHandover", report.getResultsHandover());
    return view;
  }
}
