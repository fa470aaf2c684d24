package kz.jobalyq.planning.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Mn is t0 plus n calendar months; limits end at the end of their day; requests need 3 months' lead. */
class AgreementMonthsTest {

  @Test
  void monthsAreCalendarMonthsAndAShortMonthEndsOnItsLastDay() {
    LocalDate t0 = LocalDate.of(2026, 8, 31);
    assertThat(AgreementMonths.month(t0, 6)).isEqualTo("2027-02-28");
    assertThat(AgreementMonths.month(t0, 18)).isEqualTo("2028-02-29");
    assertThat(AgreementMonths.month(t0, AgreementMonths.CUTOFF)).isEqualTo("2029-08-31");
  }

  @Test
  void aLimitEndsAtTheEndOfItsDayEvenOnAWeekend() {
    // 10 March 2029 is a Saturday: no working-day shift for the agreement's months.
    assertThat(AgreementMonths.endOf(LocalDate.of(2029, 3, 10), ZoneId.of("Asia/Almaty")))
        .isEqualTo(ZonedDateTime.parse("2029-03-10T23:59:59+05:00").toInstant());
  }

  @Test
  void aRequestIsInTimeUpToThreeMonthsBeforeItsLimit() {
    LocalDate phaseEnd = LocalDate.of(2031, 3, 10);
    assertThat(AgreementMonths.latestRequestDate(phaseEnd)).isEqualTo("2030-12-10");
    assertThat(AgreementMonths.leadTimeMet(LocalDate.of(2030, 12, 10), phaseEnd)).isTrue();
    assertThat(AgreementMonths.leadTimeMet(LocalDate.of(2030, 12, 11), phaseEnd)).isFalse();
  }
}
