package kz.jobalyq.project;

import java.math.BigDecimal;

/** The eight parts of the final report (§120) and the hand-over of results (§119, §122). */
public record FinalReportInput(String goalAndResults, String scopeDelivered, String risksSummary,
    String budgetSummary, BigDecimal budgetSpent, String managementLabourCosts, String implementationEvaluation,
    String lessonsLearned, String explanatoryNote, String resultsHandover) {
}
