package kz.jobalyq.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.support.DecisionTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/closure-confirmation.dmn row by row: who confirms a project's results (seed 000 §117). */
class ClosureConfirmationTableTest {

  private static final DecisionTable TABLE =
      DecisionTable.of("closure-confirmation.dmn", ProjectLifecycleProcess.DECISION_CLOSURE_CONFIRMATION);

  @ParameterizedTest(name = "scale {0}, regulated {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "GROUP     | false | project-group-head                      | Rule_GroupScaleHead",
      "DIRECTION | false | project-group-head,base-direction-head  | Rule_DirectionScaleGroupHead,Rule_DirectionScaleDirectionHead",
      "MINISTRY  | false | base-direction-head,project-customer    | Rule_MinistryDirectionHead,Rule_MinistryCustomer",
      "GROUP     | true  | base-direction-head,project-customer    | Rule_RegulatedDirectionHead,Rule_RegulatedCustomer",
      "DIRECTION | true  | base-direction-head,project-customer    | Rule_RegulatedDirectionHead,Rule_RegulatedCustomer",
      "MINISTRY  | true  | base-direction-head,project-customer    | Rule_RegulatedDirectionHead,Rule_RegulatedCustomer"})
  void collectsEveryGroupThatMustConfirm(String scale, boolean regulated, String groups, String rules) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("projectScale", scale);
    variables.put("projectRegulated", regulated);

    List<Object> confirmers = TABLE.evaluate(variables).collectEntries("confirmerGroup");

    assertThat(confirmers).containsExactly((Object[]) groups.split(","));
    assertThat(TABLE.matchedRules()).containsExactly(rules.split(","));
  }
}
