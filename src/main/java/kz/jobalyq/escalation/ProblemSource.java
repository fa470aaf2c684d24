package kz.jobalyq.escalation;

/** How the problem was raised: a start form, or a weekly status report (§96.3). */
public enum ProblemSource {
  FORM,
  WEEKLY_REPORT
}
