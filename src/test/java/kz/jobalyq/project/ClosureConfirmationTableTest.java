package kz.jobalyq.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/closure-confirmation.dmn row by row: who confirms a project's results (seed 000 §117). */
class ClosureConfirmationTableTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;
  private static final List<String> matchedRules = new ArrayList<>();

  @BeforeAll
  static void parseTheTableFromTheModelsFolder() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
      matchedRules.clear();
      event.getMatchingRules().forEach(rule -> matchedRules.add(rule.getId()));
    }));
    dmnEngine = configuration.buildEngine();
    try (InputStream table = Files.newInputStream(Path.of("dmn", "closure-confirmation.dmn"))) {
      decision = dmnEngine.parseDecision(ProjectLifecycleProcess.DECISION_CLOSURE_CONFIRMATION, table);
    }
  }

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

    List<Object> confirmers = dmnEngine.evaluateDecisionTable(decision, variables).collectEntries("confirmerGroup");

    assertThat(confirmers).containsExactly((Object[]) groups.split(","));
    assertThat(matchedRules).containsExactly(rules.split(","));
  }
}
