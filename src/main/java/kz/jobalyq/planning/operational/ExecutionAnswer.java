package kz.jobalyq.planning.operational;

/** A unit's information on one activity for a quarter (004 §12): done or not, what was done, why not. */
public record ExecutionAnswer(Long activityId, boolean executed, String actualExecution, String nonExecutionReason) {
}
