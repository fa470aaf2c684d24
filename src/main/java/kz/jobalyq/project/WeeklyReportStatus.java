package kz.jobalyq.project;

/** Where a week's status report stands. */
public enum WeeklyReportStatus {
  DUE,
  OVERDUE,
  FILED,
  FILED_LATE
}
