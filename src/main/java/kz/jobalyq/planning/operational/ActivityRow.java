package kz.jobalyq.planning.operational;

/** One row of the plan as the planning unit submits it: an existing activity (its id) or a new one (no id). */
public record ActivityRow(Long activityId, ActivityContent content) {
}
