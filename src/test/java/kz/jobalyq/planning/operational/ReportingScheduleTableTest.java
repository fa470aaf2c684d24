package kz.jobalyq.planning.operational;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.jobalyq.support.DecisionTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * dmn/operational-plan-reporting-schedule.dmn row by row: the month after each quarter, the units' information by
 * its 10th (004 §13), the monitoring report by its 15th (004 §15); the fourth quarter reports in the next year.
 */
class ReportingScheduleTableTest {

  private static final DecisionTable TABLE = DecisionTable.of("operational-plan-reporting-schedule.dmn",
      OperationalPlanProcess.DECISION_REPORTING_SCHEDULE);

  @ParameterizedTest(name = "quarter {0} -> month {1} (+{2} year), information by the {3}th, report by the {4}th")
  @CsvSource({
      "1, 4,  0, 10, 15, Rule_Quarter1",
      "2, 7,  0, 10, 15, Rule_Quarter2",
      "3, 10, 0, 10, 15, Rule_Quarter3",
      "4, 1,  1, 10, 15, Rule_Quarter4"})
  void eachQuarterReportsInTheMonthAfterIt(int quarter, int month, int yearOffset, int informationDay, int reportDay,
      String rule) {
    Map<String, Object> result = TABLE.evaluate(Map.of("quarter", quarter)).getSingleResult().getEntryMap();

    assertThat(TABLE.matchedRules()).containsExactly(rule);
    assertThat(result).containsEntry("reportingMonth", month).containsEntry("yearOffset", yearOffset)
        .containsEntry("informationDay", informationDay).containsEntry("reportDay", reportDay);
  }

  @ParameterizedTest(name = "quarter {0} matches no row")
  @CsvSource({"0", "5"})
  void thereAreOnlyFourQuarters(int quarter) {
    assertThat(TABLE.evaluate(Map.of("quarter", quarter))).isEmpty();
    assertThat(TABLE.matchedRules()).isEmpty();
  }
}
