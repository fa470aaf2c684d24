package kz.jobalyq.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counting rule of REGULATIONS.md §8 on hand-made calendars: each edge case on its own. */
class WorkingDayCalendarTest {

  private static final LocalDate THU_2026_03_19 = LocalDate.of(2026, 3, 19);

  /** Nauryz 2026 as the law gives it: 21–23 March, with the weekend's two days moved to 24–25 March. */
  private final WorkingDayCalendar nauryz2026 = new WorkingDayCalendar(Map.of(
      LocalDate.of(2026, 3, 21), CalendarDayKind.HOLIDAY,
      LocalDate.of(2026, 3, 22), CalendarDayKind.HOLIDAY,
      LocalDate.of(2026, 3, 23), CalendarDayKind.HOLIDAY,
      LocalDate.of(2026, 3, 24), CalendarDayKind.DAY_OFF,
      LocalDate.of(2026, 3, 25), CalendarDayKind.DAY_OFF));

  @Test
  void fiveWorkingDaysFromThursdayBeforeNauryzEndOnTuesdayThe31st() {
    assertThat(nauryz2026.addWorkingDays(THU_2026_03_19, 5)).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void tenCalendarDaysEndingOnAHolidayMoveToTheNextWorkingDay() {
    // The 10th day after Fri 13 March is Mon 23 March (Nauryz); 24 and 25 are moved days off.
    assertThat(nauryz2026.addCalendarDays(LocalDate.of(2026, 3, 13), 10)).isEqualTo(LocalDate.of(2026, 3, 26));
  }

  @Test
  void tenCalendarDaysThenThreeWorkingDaysForTheHiringReview() {
    LocalDate windowEnd = nauryz2026.addCalendarDays(LocalDate.of(2026, 3, 10), 10);
    assertThat(windowEnd).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(nauryz2026.addWorkingDays(windowEnd, 3)).isEqualTo(LocalDate.of(2026, 3, 30));
  }

  @Test
  void countingFromAHolidayOrAWeekendStartsWithTheNextWorkingDay() {
    // Event on Sunday 22 March (a holiday on a weekend): the first working day after it is Thu 26 March.
    assertThat(nauryz2026.addWorkingDays(LocalDate.of(2026, 3, 22), 1)).isEqualTo(LocalDate.of(2026, 3, 26));
    // Event on an ordinary Saturday: Monday is the first day counted.
    assertThat(nauryz2026.addWorkingDays(LocalDate.of(2026, 4, 4), 1)).isEqualTo(LocalDate.of(2026, 4, 6));
  }

  @Test
  void aSaturdayTransferredToWorkIsCounted() {
    LocalDate saturday = LocalDate.of(2026, 4, 11);
    WorkingDayCalendar withTransfer = new WorkingDayCalendar(Map.of(saturday, CalendarDayKind.WORKING_DAY));
    WorkingDayCalendar plain = new WorkingDayCalendar(Map.of());

    assertThat(withTransfer.isWorkingDay(saturday)).isTrue();
    assertThat(plain.isWorkingDay(saturday)).isFalse();
    // From Friday 10 April: the transferred Saturday is the first working day.
    assertThat(withTransfer.addWorkingDays(LocalDate.of(2026, 4, 10), 1)).isEqualTo(saturday);
    assertThat(plain.addWorkingDays(LocalDate.of(2026, 4, 10), 1)).isEqualTo(LocalDate.of(2026, 4, 13));
  }

  @Test
  void aPeriodRunsAcrossTheYearBoundaryAndItsHolidays() {
    WorkingDayCalendar newYear = new WorkingDayCalendar(Map.of(
        LocalDate.of(2027, 1, 1), CalendarDayKind.HOLIDAY,
        LocalDate.of(2027, 1, 2), CalendarDayKind.HOLIDAY,
        LocalDate.of(2027, 1, 4), CalendarDayKind.DAY_OFF,
        LocalDate.of(2027, 1, 7), CalendarDayKind.HOLIDAY));
    // Wed 30 Dec 2026 + 3 working days: Thu 31 Dec, then Tue 5 Jan, Wed 6 Jan.
    assertThat(newYear.addWorkingDays(LocalDate.of(2026, 12, 30), 3)).isEqualTo(LocalDate.of(2027, 1, 6));
    // The 4th skips Orthodox Christmas on Thu 7 Jan.
    assertThat(newYear.addWorkingDays(LocalDate.of(2026, 12, 30), 4)).isEqualTo(LocalDate.of(2027, 1, 8));
  }

  @Test
  void zeroDaysEndTheSameDayOrTheNextWorkingDay() {
    assertThat(nauryz2026.addWorkingDays(THU_2026_03_19, 0)).isEqualTo(THU_2026_03_19);
    assertThat(nauryz2026.addCalendarDays(THU_2026_03_19, 0)).isEqualTo(THU_2026_03_19);
    assertThat(nauryz2026.addWorkingDays(LocalDate.of(2026, 3, 21), 0)).isEqualTo(LocalDate.of(2026, 3, 26));
  }

  @Test
  void negativePeriodsAreRefused() {
    assertThatThrownBy(() -> nauryz2026.addWorkingDays(THU_2026_03_19, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workingDays");
    assertThatThrownBy(() -> nauryz2026.addCalendarDays(THU_2026_03_19, -5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calendarDays");
  }

  @Test
  void workingDaysBetweenCountsOnlyWorkingDaysAfterTheStart() {
    assertThat(nauryz2026.workingDaysBetween(THU_2026_03_19, LocalDate.of(2026, 3, 31))).isEqualTo(5);
    assertThat(nauryz2026.workingDaysBetween(LocalDate.of(2026, 3, 31), THU_2026_03_19)).isZero();
  }

  @Test
  void aWeeksLastWorkingDayIsFridayUnlessTheCalendarSaysOtherwise() {
    assertThat(nauryz2026.lastWorkingDayOfWeek(LocalDate.of(2026, 4, 8))).isEqualTo(LocalDate.of(2026, 4, 10));
    // Nauryz week: Monday to Wednesday off, Friday still works.
    assertThat(nauryz2026.lastWorkingDayOfWeek(LocalDate.of(2026, 3, 23))).isEqualTo(LocalDate.of(2026, 3, 27));
    WorkingDayCalendar fridayOffSaturdayWorks = new WorkingDayCalendar(Map.of(
        LocalDate.of(2026, 4, 10), CalendarDayKind.DAY_OFF,
        LocalDate.of(2026, 4, 11), CalendarDayKind.WORKING_DAY));
    assertThat(fridayOffSaturdayWorks.lastWorkingDayOfWeek(LocalDate.of(2026, 4, 6))).isEqualTo(LocalDate.of(2026, 4, 11));
  }
}
