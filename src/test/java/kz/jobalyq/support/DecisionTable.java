package kz.jobalyq.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.jobalyq.system.decision.ParsedOnceFeel;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * A table of the {@code dmn/} folder, read as the platform deploys it and evaluated as its engine does, with the
 * rules that matched remembered: a row-by-row test names the row it expects.
 */
public final class DecisionTable {

  private final DmnEngine dmnEngine;
  private final DmnDecision decision;
  private final List<String> matchedRules = new ArrayList<>();

  private DecisionTable(String file, String decisionKey) {
    // The platform's decision configuration (its FEEL parsed once), as the engine evaluates the table.
    DefaultDmnEngineConfiguration configuration = new ParsedOnceFeel.Configuration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
      matchedRules.clear();
      event.getMatchingRules().forEach(rule -> matchedRules.add(rule.getId()));
    }));
    dmnEngine = configuration.buildEngine();
    try (InputStream table = Files.newInputStream(Path.of("dmn", file))) {
      decision = dmnEngine.parseDecision(decisionKey, table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static DecisionTable of(String file, String decisionKey) {
    return new DecisionTable(file, decisionKey);
  }

  public DmnDecisionTableResult evaluate(Map<String, Object> variables) {
    return dmnEngine.evaluateDecisionTable(decision, variables);
  }

  /** The ids of the rows that matched in the last evaluation, in table order. */
  public List<String> matchedRules() {
    return List.copyOf(matchedRules);
  }
}
