package kz.jobalyq.planning.operational;

/** The officials' decision on a quarter's monitoring report (§17–§18). */
public enum ReportDecision {
  /** The report is taken; the measures decided are recorded; the plan stays as it is. */
  ACCEPTED,
  /** The plan is to be corrected (§18): the planning unit corrects it and the officials approve it again. */
  CORRECTION
}
