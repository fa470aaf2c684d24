package kz.jobalyq.planning.programme;

import java.time.Instant;

/**
 * A reporting year of an approved document and the monitoring chain that follows it in the next year: dates are
 * month and day ({@code "02-15"}) of the following year, {@code null} where the chain has no such step
 * ({@code dmn/planning-monitoring-calendar.dmn}); in an evaluation year the evaluation replaces the monitoring
 * conclusion ({@code dmn/planning-evaluation.dmn}; A2 §19–20).
 */
public record ReportingYear(int year, int yearIndex, boolean lastYear, Instant endsAt,
    Step info, Step report, Step conclusion, Step finalSubmission,
    EvaluationKind evaluationKind, Step evaluation) {

  public int followingYear() {
    return year + 1;
  }

  public boolean isEvaluationYear() {
    return evaluationKind != EvaluationKind.NONE;
  }

  /** A step of the chain: when (month-day of the following year) and by which group; absent when date is null. */
  public record Step(String date, String group) {

    public static final Step ABSENT = new Step(null, null);

    public boolean present() {
      return date != null;
    }
  }
}
