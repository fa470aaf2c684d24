package kz.jobalyq.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The counting rule of REGULATIONS.md §8 over an immutable set of calendar exceptions.
 *
 * <p>A period counted in days starts on the day after its event and ends at the end of its last
 * day; a period whose last day is not a working day ends at the end of the next working day.
 */
public final class WorkingDayCalendar {

  /** Guards against an endless search when the data would make every day a day off. */
  private static final int MAX_CONSECUTIVE_DAYS_OFF = 366;

  private final Map<LocalDate, CalendarDayKind> exceptions;

  public WorkingDayCalendar(Map<LocalDate, CalendarDayKind> exceptions) {
    this.exceptions = Map.copyOf(exceptions);
  }

  public boolean isWorkingDay(LocalDate date) {
    CalendarDayKind kind = exceptions.get(date);
    if (kind != null) {
      return kind.isWorking();
    }
    DayOfWeek dayOfWeek = date.getDayOfWeek();
    return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
  }

  /** The last day of a period of {@code workingDays} working days counted from the day after {@code event}. */
  public LocalDate addWorkingDays(LocalDate event, int workingDays) {
    requireNotNegative(workingDays, "workingDays");
    if (workingDays == 0) {
      return onOrNextWorkingDay(event);
    }
    LocalDate day = event;
    int counted = 0;
    while (counted < workingDays) {
      day = nextWorkingDayAfter(day);
      counted++;
    }
    return day;
  }

  /** The last day of a period of {@code calendarDays} calendar days from the day after {@code event}. */
  public LocalDate addCalendarDays(LocalDate event, int calendarDays) {
    requireNotNegative(calendarDays, "calendarDays");
    return onOrNextWorkingDay(event.plusDays(calendarDays));
  }

  /**
   * The last day of a period of {@code months} calendar months from {@code event}: the same day of the last month,
   * or that month's last day when it has no such day (31 January + 1 month = 28/29 February), moved to the next
   * working day when people do not work that day (§8).
   */
  public LocalDate addMonths(LocalDate event, int months) {
    requireNotNegative(months, "months");
    return onOrNextWorkingDay(event.plusMonths(months));
  }

  /** The date itself if people work that day, otherwise the next day they do. */
  public LocalDate onOrNextWorkingDay(LocalDate date) {
    return isWorkingDay(date) ? date : nextWorkingDayAfter(date);
  }

  public LocalDate nextWorkingDayAfter(LocalDate date) {
    LocalDate day = date;
    for (int i = 0; i < MAX_CONSECUTIVE_DAYS_OFF; i++) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        return day;
      }
    }
    throw new IllegalStateException("The calendar has no working day within a year after " + date);
  }

  /**
   * The last working day of the Monday–Sunday week holding {@code date} (a transferred working
   * Saturday counts); when the whole week is off, the first working day after it.
   */
  public LocalDate lastWorkingDayOfWeek(LocalDate date) {
    LocalDate monday = date.with(DayOfWeek.MONDAY);
    for (LocalDate day = monday.plusDays(6); !day.isBefore(monday); day = day.minusDays(1)) {
      if (isWorkingDay(day)) {
        return day;
      }
    }
    return nextWorkingDayAfter(monday.plusDays(6));
  }

  public LocalDate previousWorkingDayBefore(LocalDate date) {
    LocalDate day = date;
    for (int i = 0; i < MAX_CONSECUTIVE_DAYS_OFF; i++) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        return day;
      }
    }
    throw new IllegalStateException("The calendar has no working day within a year before " + date);
  }

  /** Working days strictly after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  private static void requireNotNegative(int days, String name) {
    if (days < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + days);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkingDayCalendar that && exceptions.equals(that.exceptions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(exceptions);
  }
}
