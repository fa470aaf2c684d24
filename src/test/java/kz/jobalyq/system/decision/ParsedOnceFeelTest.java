package kz.jobalyq.system.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The platform's engine evaluates decision tables with FEEL parsed once per text: the same text answers for each
 * new input as when parsed afresh, a text that does not parse fails each time with FEEL's message and is not kept,
 * and the store never grows past its bound. The tables' row-by-row tests ({@code support/DecisionTable}) evaluate
 * every table of {@code dmn/} with the same engine.
 */
@IntegrationTest
class ParsedOnceFeelTest {

  @Autowired
  private ProcessEngine processEngine;

  private ParsedOnceFeel.Engine platformFeel() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    return (ParsedOnceFeel.Engine) configuration.getDmnEngineConfiguration().getFeelEngine();
  }

  private static VariableContext input(Object value) {
    return Variables.createVariables().putValue("budgetChangePercent", value).asVariableContext();
  }

  @Test
  void theEnginesDecisionsUseIt() {
    ParsedOnceFeel.Engine feel = platformFeel();
    assertThat(feel.evaluateSimpleUnaryTests("[10..35.5], > 90", "budgetChangePercent", input(10))).isTrue();
    assertThat(feel.evaluateSimpleUnaryTests("[10..35.5], > 90", "budgetChangePercent", input(9.99))).isFalse();
  }

  @Test
  void eachTextIsParsedOnceAndAnswersForEveryInput() {
    ParsedOnceFeel.Engine feel = new ParsedOnceFeel.Engine(List.of());
    String text = "[10..35.5], > 90";

    assertThat(feel.evaluateSimpleUnaryTests(text, "budgetChangePercent", input(10))).isTrue();
    assertThat(feel.parsedTexts()).isEqualTo(1);
    assertThat(feel.evaluateSimpleUnaryTests(text, "budgetChangePercent", input(9.99))).isFalse();
    assertThat(feel.evaluateSimpleUnaryTests(text, "budgetChangePercent", input(35.5))).isTrue();
    assertThat(feel.evaluateSimpleUnaryTests(text, "budgetChangePercent", input(50))).isFalse();
    assertThat(feel.evaluateSimpleUnaryTests(text, "budgetChangePercent", input(91))).isTrue();
    // the same text read for another input column
    assertThat(feel.evaluateSimpleUnaryTests(text, "share", Variables.createVariables().putValue("share", 95)
        .asVariableContext())).isTrue();
    assertThat(feel.parsedTexts()).as("kept once, then reused").isEqualTo(1);

    String expression = "if amount > 100 then \"large\" else \"small\"";
    assertThat(feel.<Object>evaluateSimpleExpression(expression,
        Variables.createVariables().putValue("amount", 150).asVariableContext())).isEqualTo("large");
    assertThat(feel.<Object>evaluateSimpleExpression(expression,
        Variables.createVariables().putValue("amount", 15).asVariableContext())).isEqualTo("small");
    assertThat(feel.parsedTexts()).isEqualTo(2);
  }

  @Test
  void aTextThatDoesNotParseFailsEachTimeAndIsNotKept() {
    ParsedOnceFeel.Engine feel = new ParsedOnceFeel.Engine(List.of());
    for (int round = 0; round < 2; round++) {
      assertThatThrownBy(() -> feel.evaluateSimpleUnaryTests("> > 3", "budgetChangePercent", input(5)))
          .isInstanceOf(FeelException.class).hasMessageContaining("> > 3");
    }
    assertThat(feel.parsedTexts()).isZero();
  }

  @Test
  void theStoreIsEmptiedRatherThanGrowingPastItsBound() {
    ParsedOnceFeel.Engine feel = new ParsedOnceFeel.Engine(List.of());
    for (int n = 0; n < ParsedOnceFeel.MOST_TEXTS + 5; n++) {
      assertThat(feel.evaluateSimpleUnaryTests("< " + n, "x",
          Variables.fromMap(Map.of("x", n - 1)).asVariableContext())).isTrue();
    }
    assertThat(feel.parsedTexts()).isEqualTo(5);
  }
}
