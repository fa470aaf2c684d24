package kz.jobalyq.system.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/**
 * The checks of {@link ModelValidator} for DMN files: ids, history time to live, FEEL of every
 * cell, the groups an output routes to, then the DMN engine's own parse.
 */
final class DecisionModelChecks {

  private static final Set<String> FEEL_LANGUAGES = Set.of("feel", "feel-scala", "http://www.omg.org/spec/FEEL/20140401");
  private static final Set<String> NO_GROUP = Set.of("—", "–", "-");

  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();
  /** The validator's group lookup, so that tables and processes accept the same groups. */
  private final Predicate<String> groupExists;

  DecisionModelChecks(Predicate<String> groupExists) {
    this.groupExists = groupExists;
  }

  /** @return false when the file cannot be read at all, so its decision ids are unknown */
  boolean validateDecisions(ModelFile file, List<ModelProblem> problems, Map<String, String> decisionIds) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(file.content()));
    } catch (ModelException e) {
      // Not only XML that does not parse: a table that breaks the DMN schema is a DmnModelException.
      problems.add(ModelProblem.fromXmlError(file, e));
      return false;
    }
    int before = problems.size();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      String other = decisionIds.putIfAbsent(decision.getId(), file.name());
      if (other != null) {
        problems.add(ModelProblem.atElement(file.name(), decision.getId(), "decision id is also used in " + other));
      }
      if (decision.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(ModelProblem.atElement(file.name(), decision.getId(), "camunda:historyTimeToLive is missing"));
      }
    }
    for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
      checkFeel(file, table, problems);
    }
    if (problems.size() == before) {
      try {
        dmnEngine.parseDecisionRequirementsGraph(model);
      } catch (RuntimeException e) {
        problems.add(ModelProblem.inFile(file.name(), e.getMessage()));
      }
    }
    return true;
  }

  private void checkFeel(ModelFile file, DecisionTable table, List<ModelProblem> problems) {
    List<Input> inputs = new ArrayList<>(table.getInputs());
    List<Output> outputs = new ArrayList<>(table.getOutputs());
    for (Input input : inputs) {
      if (input.getInputExpression() != null && input.getInputExpression().getText() != null
          && isFeel(input.getInputExpression().getExpressionLanguage())) {
        check(feel.parseExpression(input.getInputExpression().getText().getTextContent()), file, input, problems);
      }
    }
    int row = 0;
    for (Rule rule : table.getRules()) {
      row++;
      int column = 0;
      for (InputEntry entry : rule.getInputEntries()) {
        String text = entry.getText() == null ? "" : entry.getText().getTextContent().strip();
        if (!text.isEmpty() && isFeel(entry.getExpressionLanguage())) {
          ParseResult result = feel.parseUnaryTests(text);
          if (result.isFailure()) {
            String inputLabel = column < inputs.size() ? label(inputs.get(column)) : "input " + (column + 1);
            problems.add(ModelProblem.atElement(file.name(), rule.getId(),
                "row " + row + ", " + inputLabel + ": '" + text + "' is not a FEEL test: " + result.failure().message()));
          }
        }
        column++;
      }
      int outputColumn = 0;
      for (OutputEntry entry : rule.getOutputEntries()) {
        String text = entry.getText() == null ? "" : entry.getText().getTextContent().strip();
        if (!text.isEmpty() && isFeel(entry.getExpressionLanguage())) {
          ParseResult result = feel.parseExpression(text);
          if (result.isFailure()) {
            problems.add(ModelProblem.atElement(file.name(), rule.getId(),
                "row " + row + ": output '" + text + "' is not a FEEL expression: " + result.failure().message()));
          }
        }
        if (outputColumn < outputs.size()) {
          checkOutputGroups(file, rule.getId(), row, outputs.get(outputColumn), text, problems);
        }
        outputColumn++;
      }
    }
  }

  /**
   * An output named for groups ({@code approverGroup}, {@code agreementGroups}…) routes tasks: every group in
   * its literal ({@code "project-group-head,bd-group-lead"}) must exist, or its tasks would reach nobody.
   */
  private void checkOutputGroups(ModelFile file, String ruleId, int row, Output output, String text,
      List<ModelProblem> problems) {
    String name = output.getName() == null ? "" : output.getName();
    if (!name.matches("(?i).*groups?") || !text.startsWith("\"") || !text.endsWith("\"") || text.length() < 2) {
      return;
    }
    for (String group : text.substring(1, text.length() - 1).split(",")) {
      String id = group.strip();
      // A dash is the tables' "no such step" (e.g. no action plan for a strategic plan).
      if (!id.isEmpty() && !NO_GROUP.contains(id) && !groupExists.test(id)) {
        problems.add(ModelProblem.atElement(file.name(), ruleId, "row " + row + ", output '" + name + "': group '"
            + id + "' does not exist: no role of the platform and no group in the identity store"));
      }
    }
  }

  private static String label(Input input) {
    return input.getLabel() != null ? "input '" + input.getLabel() + "'" : "input " + input.getId();
  }

  private static boolean isFeel(String language) {
    return language == null || FEEL_LANGUAGES.contains(language.toLowerCase());
  }

  private static void check(ParseResult result, ModelFile file, ModelElementInstance element,
      List<ModelProblem> problems) {
    if (result.isFailure()) {
      problems.add(ModelProblem.atElement(file.name(), element.getAttributeValue("id"),
          "not a FEEL expression: " + result.failure().message()));
    }
  }
}
