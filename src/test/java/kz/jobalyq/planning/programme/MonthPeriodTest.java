package kz.jobalyq.planning.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import kz.jobalyq.calendar.CalendarDayKind;
import kz.jobalyq.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/**
 * "Within 1 month" of the planning regulations (A2 §80, §84, §110) counted by the §8 rule: the period ends on the
 * same day of the next month, or on that month's last day when it has none, moved off non-working days.
 */
class MonthPeriodTest {

  /** The 2026 days off around the dates below, as V2 seeds them. */
  private final WorkingDayCalendar calendar2026 = new WorkingDayCalendar(Map.of(
      LocalDate.of(2026, 5, 1), CalendarDayKind.HOLIDAY,
      LocalDate.of(2026, 8, 30), CalendarDayKind.HOLIDAY,
      LocalDate.of(2026, 8, 31), CalendarDayKind.DAY_OFF));

  @Test
  void oneMonthEndsOnTheSameDayOfTheNextMonth() {
    assertThat(calendar2026.addMonths(LocalDate.of(2026, 3, 10), 1)).isEqualTo(LocalDate.of(2026, 4, 10));
    // Sun 12 April is not a working day: the month from 12 March ends on Monday 13 April.
    assertThat(calendar2026.addMonths(LocalDate.of(2026, 3, 12), 1)).isEqualTo(LocalDate.of(2026, 4, 13));
  }

  @Test
  void aMonthWithoutTheDayEndsOnItsLastDayThenMovesOffTheWeekend() {
    // 31 January + 1 month: February has no 31st, so its last day, Sat 28 February, then Monday 2 March.
    assertThat(calendar2026.addMonths(LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 3, 2));
    // 2028 is a leap year: Tue 29 February is a working day.
    assertThat(calendar2026.addMonths(LocalDate.of(2028, 1, 31), 1)).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void aMonthEndingOnAHolidayMovesToTheNextWorkingDay() {
    // From 1 April 2026 the month ends on Fri 1 May (Unity Day), then the weekend: Mon 4 May.
    assertThat(calendar2026.addMonths(LocalDate.of(2026, 4, 1), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
    // From 31 July: Mon 31 August is the day off moved from Constitution Day, so Tue 1 September.
    assertThat(calendar2026.addMonths(LocalDate.of(2026, 7, 31), 1)).isEqualTo(LocalDate.of(2026, 9, 1));
  }

  @Test
  void negativeMonthsAreRefused() {
    assertThatThrownBy(() -> calendar2026.addMonths(LocalDate.of(2026, 1, 1), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months");
  }
}
