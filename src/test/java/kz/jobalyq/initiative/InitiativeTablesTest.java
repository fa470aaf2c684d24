package kz.jobalyq.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.jobalyq.support.DecisionTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/initiative-priority.dmn and dmn/initiative-decision-body.dmn row by row. */
class InitiativeTablesTest {

  private static final DecisionTable PRIORITY =
      DecisionTable.of("initiative-priority.dmn", InitiativeProcess.DECISION_PRIORITY);
  private static final DecisionTable DECISION_BODY =
      DecisionTable.of("initiative-decision-body.dmn", InitiativeProcess.DECISION_BODY);

  @ParameterizedTest(name = "scores {0},{1},{2},{3},{4} -> {5}")
  @CsvSource({
      "0, 5, 5, 5, 5, NOT_PRIORITY, Rule_NotAligned",
      "5, 5, 5, 5, 0, HIGH, Rule_High",
      "4, 4, 4, 4, 4, HIGH, Rule_High",
      "4, 4, 4, 4, 3, MEDIUM, Rule_Medium",
      "3, 3, 3, 3, 2, MEDIUM, Rule_Medium",
      "3, 3, 3, 3, 1, LOW, Rule_Low",
      "2, 2, 2, 1, 1, LOW, Rule_Low",
      "2, 2, 1, 1, 1, NOT_PRIORITY, Rule_BelowThreshold"})
  void priorityClass(int alignment, int efficiency, int social, int beneficiary, int resource, String priority,
      String rule) {
    Map<String, Object> scores = Map.of("alignmentScore", alignment, "efficiencyScore", efficiency, "socialScore",
        social, "beneficiaryScore", beneficiary, "resourceScore", resource);

    assertThat(PRIORITY.evaluate(scores).getSingleResult().<String>getSingleEntry()).isEqualTo(priority);
    assertThat(PRIORITY.matchedRules()).first().isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"NATIONAL_PRIORITY, steering-council, Rule_NationalPriority",
      "MINISTRY, steering-committee, Rule_Programme"})
  void decisionBody(String level, String group, String rule) {
    assertThat(DECISION_BODY.evaluate(Map.of("initiativeLevel", level)).getSingleResult().<String>getSingleEntry())
        .isEqualTo(group);
    assertThat(DECISION_BODY.matchedRules()).first().isEqualTo(rule);
  }
}
