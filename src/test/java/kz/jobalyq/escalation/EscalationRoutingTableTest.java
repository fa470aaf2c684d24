package kz.jobalyq.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import kz.jobalyq.support.DecisionTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/escalation-routing.dmn row by row: where a problem starts, and how long each level has. */
class EscalationRoutingTableTest {

  private static final DecisionTable START_LEVEL =
      DecisionTable.of("escalation-routing.dmn", ProblemEscalationProcess.DECISION_START_LEVEL);
  private static final DecisionTable REACTION_TIME =
      DecisionTable.of("escalation-routing.dmn", ProblemEscalationProcess.DECISION_REACTION_TIME);

  @ParameterizedTest(name = "{0}, at risk {1}, regulated {2}, suggested {3} -> level {4}")
  @CsvSource(nullValues = "null", value = {
      "HIGH, true, true, null, 2, Rule_CriticalRegulated",
      "HIGH, true, true, 4, 2, Rule_CriticalRegulated",
      "HIGH, true, false, 3, 3, Rule_SuggestedHigher",
      "LOW, false, false, 2, 2, Rule_SuggestedHigher",
      "MEDIUM, true, true, null, 1, Rule_Default",
      "HIGH, false, true, 1, 1, Rule_Default",
      "LOW, false, false, null, 1, Rule_Default"})
  void startLevel(String severity, boolean scheduleAtRisk, boolean regulated, Integer suggestedLevel, int level,
      String rule) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("severity", severity);
    variables.put("scheduleAtRisk", scheduleAtRisk);
    variables.put("projectRegulated", regulated);
    variables.put("suggestedLevel", suggestedLevel);

    assertThat(START_LEVEL.evaluate(variables).getSingleResult().<Number>getSingleEntry().intValue()).isEqualTo(level);
    assertThat(START_LEVEL.matchedRules()).first().isEqualTo(rule);
  }

  @ParameterizedTest(name = "level {0}, {1}, at risk {2} -> {3} working days")
  @CsvSource({
      "1, HIGH, true, 1, Rule_HighAtRisk",
      "4, HIGH, true, 1, Rule_HighAtRisk",
      "1, MEDIUM, true, 2, Rule_AtRisk",
      "3, LOW, true, 2, Rule_AtRisk",
      "3, HIGH, false, 5, Rule_TopLevels",
      "4, LOW, false, 5, Rule_TopLevels",
      "1, HIGH, false, 3, Rule_DefaultReaction",
      "2, LOW, false, 3, Rule_DefaultReaction"})
  void reactionTime(int level, String severity, boolean scheduleAtRisk, int workingDays, String rule) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("level", level);
    variables.put("severity", severity);
    variables.put("scheduleAtRisk", scheduleAtRisk);

    assertThat(REACTION_TIME.evaluate(variables).getSingleResult().<Number>getSingleEntry().intValue())
        .isEqualTo(workingDays);
    assertThat(REACTION_TIME.matchedRules()).first().isEqualTo(rule);
  }
}
