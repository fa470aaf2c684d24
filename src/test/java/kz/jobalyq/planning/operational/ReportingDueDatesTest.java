package kz.jobalyq.planning.operational;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.calendar.WorkingDays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fixed-date deadlines over the seeded 2026–2027 calendar: {@code workingDays.fixedDate} and the quarters' due
 * dates the operational plan reads from the schedule table (004 §13, §15; REGULATIONS §8).
 */
@IntegrationTest
class ReportingDueDatesTest {

  @Autowired
  private WorkingDays workingDays;
  @Autowired
  private OperationalPlanReporting reporting;

  @ParameterizedTest(name = "{0} -> end of {1}")
  @CsvSource({
      "2026-04-10, 2026-04-10",   // a Friday: stays
      "2026-04-15, 2026-04-15",
      "2026-10-10, 2026-10-12",   // a Saturday: the Monday after
      "2027-01-10, 2027-01-11",   // a Sunday: the Monday after (1–2 and 7 January are behind it)
      "2026-03-23, 2026-03-26",   // Nauryz, then the moved days off 24–25 March
      "2026-05-09, 2026-05-12",   // Victory Day on a Saturday, its moved day off on Monday 11 May
      "2026-01-07, 2026-01-08"})  // Orthodox Christmas on a Wednesday
  void aFixedDateOnADayOffMovesToTheNextWorkingDay(LocalDate fixed, LocalDate lastDay) {
    Date deadline = workingDays.fixedDate(fixed.getYear(), fixed.getMonthValue(), fixed.getDayOfMonth());

    assertThat(deadline).isEqualTo(endOf(lastDay));
  }

  @ParameterizedTest(name = "2026 quarter {0}: period from {1}, information by {2}, report by {3}")
  @CsvSource({
      "1, 2026-04-01, 2026-04-10, 2026-04-15",
      "2, 2026-07-01, 2026-07-10, 2026-07-15",
      "3, 2026-10-01, 2026-10-12, 2026-10-15",
      "4, 2027-01-01, 2027-01-11, 2027-01-15"})
  void theQuartersOfTwentyTwentySix(int quarter, LocalDate startsOn, LocalDate informationDue, LocalDate reportDue) {
    ReportingSchedule schedule = reporting.scheduleOf(2026, quarter);

    assertThat(schedule.startsOn()).isEqualTo(startsOn);
    assertThat(schedule.informationDueOn()).isEqualTo(informationDue);
    assertThat(schedule.reportDueOn()).isEqualTo(reportDue);
  }

  @ParameterizedTest(name = "{0}-{1}-{2} is no date")
  @CsvSource({"2026, 2, 30", "2026, 13, 10"})
  void anImpossibleDateIsRefused(int year, int month, int day) {
    assertThatThrownBy(() -> workingDays.fixedDate(year, month, day)).isInstanceOf(java.time.DateTimeException.class);
  }

  private static Date endOf(LocalDate day) {
    return Date.from(OffsetDateTime.parse(day + "T23:59:59+05:00").toInstant());
  }
}
