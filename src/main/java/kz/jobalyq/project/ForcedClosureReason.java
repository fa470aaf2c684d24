package kz.jobalyq.project;

/** The three grounds for forced closure (§121). */
public enum ForcedClosureReason {
  GOAL_NOT_RELEVANT,
  GOALS_MISMATCH_PROGRAMME,
  COST_EXCEEDS_BENEFIT
}
