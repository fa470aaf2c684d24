package kz.jobalyq.planning.operational;

/** The monitoring unit's row of the Annex 2 report: columns 6–8, the last its recommendation (004 §15–§16). */
public record MonitoringAnswer(Long activityId, String actualExecution, String nonExecutionReason,
    String recommendation) {
}
