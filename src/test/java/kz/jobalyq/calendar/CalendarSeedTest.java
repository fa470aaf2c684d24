package kz.jobalyq.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.jobalyq.system.PlatformConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The holidays seeded by Flyway for 2025–2027, read through the service as deadlines see them. */
@DataJpaTest(showSql = false)
@ActiveProfiles("test")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({CalendarService.class, PlatformConfiguration.class})
class CalendarSeedTest {

  @Autowired
  private CalendarService calendar;

  @Test
  void theSpecExamplesHoldOnTheSeededCalendar() {
    assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 3, 19), 5).lastDay()).isEqualTo("2026-03-31");
    assertThat(calendar.calendarDaysAfter(LocalDate.of(2026, 3, 13), 10).lastDay()).isEqualTo("2026-03-26");
    LocalDate applicationWindowEnd = calendar.calendarDaysAfter(LocalDate.of(2026, 3, 10), 10).lastDay();
    assertThat(applicationWindowEnd).isEqualTo("2026-03-20");
    assertThat(calendar.workingDaysAfter(applicationWindowEnd, 3).lastDay()).isEqualTo("2026-03-30");
  }

  @Test
  void aDeadlineEndsAtTheEndOfItsLastDayInAlmaty() {
    Deadline deadline = calendar.workingDaysAfter(LocalDate.of(2026, 3, 19), 5);
    assertThat(deadline.endsAt()).hasToString("2026-03-31T23:59:59+05:00[Asia/Almaty]");
    assertThat(deadline.endInstant()).hasToString("2026-03-31T18:59:59Z");
  }

  @ParameterizedTest(name = "{0} is not a working day")
  @CsvSource({
      "2025-01-01", "2025-01-02", "2025-01-07", "2025-03-10", "2025-03-21", "2025-03-24", "2025-03-25",
      "2025-05-01", "2025-05-07", "2025-05-09", "2025-06-06", "2025-07-07", "2025-09-01", "2025-10-27",
      "2025-12-16",
      "2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23", "2026-03-24", "2026-03-25",
      "2026-05-01", "2026-05-07", "2026-05-11", "2026-05-27", "2026-07-06", "2026-08-31", "2026-10-26",
      "2026-12-16",
      "2027-01-01", "2027-01-04", "2027-01-07", "2027-03-08", "2027-03-22", "2027-03-23", "2027-03-24",
      "2027-05-03", "2027-05-07", "2027-05-10", "2027-07-06", "2027-08-30", "2027-10-25", "2027-12-16"})
  void holidaysAndMovedDaysOff(LocalDate date) {
    assertThat(calendar.isWorkingDay(date)).isFalse();
  }

  @ParameterizedTest(name = "{0} is a working day")
  @CsvSource({
      // A religious holiday on a weekend does not move: Kurban ait 2027 falls on Sunday 16 May.
      "2027-05-17",
      // Ordinary weekdays next to holidays.
      "2026-03-20", "2026-03-26", "2026-05-08", "2026-12-17", "2025-12-31"})
  void ordinaryWorkingDays(LocalDate date) {
    assertThat(calendar.isWorkingDay(date)).isTrue();
  }

  @Test
  void everyYearHasItsHolidaysAsRows() {
    assertThat(calendar.daysOf(2025)).extracting(CalendarDay::getKind).contains(CalendarDayKind.HOLIDAY);
    assertThat(calendar.daysOf(2026)).hasSizeGreaterThanOrEqualTo(15);
    assertThat(calendar.daysOf(2027)).anySatisfy(day -> {
      assertThat(day.getDay()).isEqualTo("2027-05-16");
      assertThat(day.getName()).contains("болжам");
    });
  }
}
