package kz.jobalyq.planning.financing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import kz.jobalyq.calendar.Deadline;

/**
 * Month arithmetic of the agreement. Every limit of EU-FINANCING.md is in calendar months or years — no
 * working days, nothing moved off weekends or holidays: {@code Mn} is t0 plus n calendar months (the last day
 * of a shorter month when t0 is the 29th–31st), and a limit "at Mn" ends at the end of that day.
 */
public final class AgreementMonths {

  /** Contracts must be signed by M36; the agreement terminates automatically at M36 without payment (GC 6.1, 19.2). */
  public static final int CUTOFF = 36;
  /** The operational phase ends at M60 (GC 4.1, SC). */
  public static final int OPERATIONAL_END = 60;
  /** The closure phase, and the execution period, end at M84 (GC 4.1, SC). */
  public static final int CLOSURE_END = 84;
  /** The remaining balance is cancelled six months after the end of the execution period (GC 4.3). */
  public static final int BALANCE_AFTER_CLOSURE = 6;
  /** A contract without any payment within 3 years of its signature terminates automatically (GC 6.5). */
  public static final int CONTRACT_PAYMENT_MONTHS = 36;
  /** Extensions and amendments are requested at least 3 months ahead (GC 4.4–4.5, GC 17). */
  public static final int REQUEST_LEAD_MONTHS = 3;
  /** A suspension not resolved within 4 months allows termination (GC 19.1)… */
  public static final int SUSPENSION_UNRESOLVED_MONTHS = 4;
  /** …with 2 months' notice (GC 19.1). */
  public static final int TERMINATION_NOTICE_MONTHS = 2;
  /** Reports every six months, steering committee twice a year (TAP §7, §10). */
  public static final int REPORTING_PERIOD_MONTHS = 6;
  /**
   * The report and meeting tasks of a half-year open one month before it ends. Platform policy: the
   * regulation sets the cadence (the half-year) but not how early the work starts.
   */
  public static final int PERIOD_TASKS_OPEN_MONTHS_BEFORE = 1;

  private AgreementMonths() {
  }

  /** {@code Mn}: the date n calendar months after t0. */
  public static LocalDate month(LocalDate t0, int n) {
    return t0.plusMonths(n);
  }

  /** The moment a limit falling on {@code day} ends: the end of that day in the platform's zone. */
  public static Instant endOf(LocalDate day, ZoneId zone) {
    return Deadline.endOf(day, zone).endInstant();
  }

  /** The first moment of {@code day} in the platform's zone. */
  public static Instant startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }

  /** True when {@code requestedOn} is at least three months before {@code limit} (GC 4.4, GC 17). */
  public static boolean leadTimeMet(LocalDate requestedOn, LocalDate limit) {
    return !requestedOn.isAfter(latestRequestDate(limit));
  }

  /** The last day a request for {@code limit} is still in time. */
  public static LocalDate latestRequestDate(LocalDate limit) {
    return limit.minusMonths(REQUEST_LEAD_MONTHS);
  }
}
