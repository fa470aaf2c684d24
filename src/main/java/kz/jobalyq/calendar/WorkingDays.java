package kz.jobalyq.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Deadlines for BPMN expressions, e.g. {@code camunda:dueDate="${workingDays.deadline(filedAt, 5)}"}
 * or a boundary timer {@code <timeDate>${workingDays.fromNow(3)}</timeDate>}. Every method answers
 * the end of the period's last day (Asia/Almaty) as a {@link Date}, which both timers and task due
 * dates accept.
 *
 * <p>Write a deadline over a stored base (a variable, a record's date) or with {@code fromNow}: both
 * are recalculated when the calendar changes. {@code deadline(now(), n)} cannot be: {@code now()}
 * would be the moment of recalculation, not of creation.
 */
@Component(WorkingDays.BEAN_NAME)
public class WorkingDays {

  public static final String BEAN_NAME = "workingDays";

  /** While a deadline is recalculated, "now" is the moment its task or timer was created. */
  private static final ThreadLocal<Date> RECALCULATION_BASE = new ThreadLocal<>();

  private final CalendarService calendar;

  public WorkingDays(CalendarService calendar) {
    this.calendar = calendar;
  }

  /** End of the last of {@code workingDays} working days counted from the day after {@code from}. */
  public Date deadline(Object from, int workingDays) {
    return calendar.workingDaysAfter(dateOf(from, "from"), workingDays).asDate();
  }

  /** End of the last of {@code calendarDays} calendar days after {@code from}, moved off non-working days. */
  public Date calendarDeadline(Object from, int calendarDays) {
    return calendar.calendarDaysAfter(dateOf(from, "from"), calendarDays).asDate();
  }

  /**
   * End of a fixed date, e.g. {@code ${workingDays.fixedDate(reportingYear, reportingMonth, 10)}} for "by the 10th
   * of the month after the quarter": that day, or the next working day when it is a day off.
   */
  public Date fixedDate(int year, int month, int dayOfMonth) {
    return calendar.onOrNextWorkingDay(LocalDate.of(year, month, dayOfMonth)).asDate();
  }

  /** {@link #deadline} counted from today. */
  public Date fromNow(int workingDays) {
    return deadline(now(), workingDays);
  }

  /** {@link #calendarDeadline} counted from today. */
  public Date calendarDaysFromNow(int calendarDays) {
    return calendarDeadline(now(), calendarDays);
  }

  /**
   * End of the last day of {@code months} calendar months after {@code from} (31 January + 1 month ends on the last
   * day of February), moved off non-working days: "within 1 month" of the regulations.
   */
  public Date monthsAfter(Object from, int months) {
    return calendar.monthsAfter(dateOf(from, "from"), months).asDate();
  }

  /**
   * End of a fixed date of {@code year}, written {@code "02-15"} (15 February), moved to the next working day when
   * people do not work that day: "by 15 February of the year after the reporting year".
   */
  public Date fixedDate(int year, String monthDay) {
    return calendar.onOrNextWorkingDay(monthDayOf(monthDay).atYear(year)).asDate();
  }

  /** End of the last working day of the week holding {@code date}, e.g. a weekly report's due date. */
  public Date lastWorkingDayOfWeek(Object date) {
    return calendar.endOfWorkingWeek(dateOf(date, "date")).asDate();
  }

  /** Monday 00:00 (Asia/Almaty) of the week after the one holding {@code date}. */
  public Date startOfNextWeek(Object date) {
    return Date.from(calendar.startOfNextWeek(dateOf(date, "date")));
  }

  /** A reminder for a deadline: the start of the working day before its last day (a task's follow-up date). */
  public Date reminderBefore(Object deadline) {
    return Date.from(calendar.startOfPreviousWorkingDay(dateOf(deadline, "deadline")));
  }

  /** The earlier of a deadline and an optional date (an "answer needed by" date), as the end of that date. */
  public Date earlier(Date deadline, Object other) {
    if (other == null || (other instanceof String text && text.isBlank())) {
      return deadline;
    }
    Date otherEnd = Deadline.endOf(dateOf(other, "other"), calendar.zone()).asDate();
    return otherEnd.before(deadline) ? otherEnd : deadline;
  }

  /** Runs {@code work} with "now" fixed at {@code base}: how a stored deadline is recomputed. */
  static <T> T withRecalculationBase(Date base, Supplier<T> work) {
    Date previous = RECALCULATION_BASE.get();
    RECALCULATION_BASE.set(base);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        RECALCULATION_BASE.remove();
      } else {
        RECALCULATION_BASE.set(previous);
      }
    }
  }

  private static Date now() {
    Date base = RECALCULATION_BASE.get();
    return base != null ? base : ClockUtil.getCurrentTime();
  }

  private LocalDate dateOf(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required to compute a deadline");
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return calendar.dateOf(date.toInstant());
    }
    if (value instanceof Instant instant) {
      return calendar.dateOf(instant);
    }
    if (value instanceof OffsetDateTime time) {
      return calendar.dateOf(time.toInstant());
    }
    if (value instanceof ZonedDateTime time) {
      return calendar.dateOf(time.toInstant());
    }
    if (value instanceof String text) {
      return parse(text.strip(), name);
    }
    throw new IllegalArgumentException(name + " must be a date, was " + value.getClass().getSimpleName());
  }

  private static MonthDay monthDayOf(String monthDay) {
    if (monthDay == null || monthDay.isBlank()) {
      throw new IllegalArgumentException("monthDay is required, e.g. \"02-15\" for 15 February");
    }
    String text = monthDay.strip();
    try {
      return MonthDay.parse(text.startsWith("--") ? text : "--" + text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("monthDay is not a month and day (\"02-15\"): '" + monthDay + "'", e);
    }
  }

  private LocalDate parse(String text, String name) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text);
      }
      return calendar.dateOf(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " is not an ISO date (2026-03-19): '" + text + "'", e);
    }
  }
}
