package kz.jobalyq.system.deployment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.ModelParseException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

/**
 * Checks a set of models before any of it reaches the engine, so that a refusal names the file and
 * the element or line at fault. The engine's own parser runs afterwards, at deployment, and its
 * errors are reported the same way.
 */
@Component
public class ModelValidator {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
  private static final Pattern FORM_KEY = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$");
  private static final Pattern SAX_LINE = Pattern.compile("Line=(\\d+): (.*)", Pattern.DOTALL);
  private static final Set<String> SKIPPED_TEXT_ELEMENTS = Set.of("documentation", "script", "text");
  private static final Set<String> FEEL_LANGUAGES = Set.of("feel", "feel-scala", "http://www.omg.org/spec/FEEL/20140401");

  private final ListableBeanFactory beans;
  /** Lazy: the validator must not force the engine to be built before it. */
  private final ObjectProvider<ProcessEngineConfigurationImpl> expressions;
  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();
  private final ObjectMapper json = new ObjectMapper();
  private final Set<String> knownGroups = new HashSet<>();
  private static final Set<String> NO_GROUP = Set.of("—", "–", "-");

  public ModelValidator(ListableBeanFactory beans, ObjectProvider<ProcessEngineConfigurationImpl> expressions) {
    this.beans = beans;
    this.expressions = expressions;
    knownGroups.add(Role.ADMIN_GROUP);
    for (Role role : Role.values()) {
      knownGroups.add(role.groupId());
    }
  }

  public List<ModelProblem> validate(List<ModelFile> files) {
    List<ModelProblem> problems = new ArrayList<>();
    Map<String, String> formIds = new HashMap<>();
    Map<String, String> decisionIds = new HashMap<>();
    // A broken form or table is reported once; references to it are not reported again.
    files.stream().filter(file -> file.kind() == ModelKind.FORM)
        .forEach(file -> formIds.putIfAbsent(file.baseName(), file.name()));
    Map<ModelFile, BpmnModelInstance> processes = new HashMap<>();
    boolean decisionsUnknown = false;
    for (ModelFile file : files) {
      switch (file.kind()) {
        case FORM -> validateForm(file, problems, formIds);
        case DECISION -> {
          if (!validateDecisions(file, problems, decisionIds)) {
            decisionsUnknown = true;
          }
        }
        case PROCESS -> {
          BpmnModelInstance model = parseProcess(file, problems);
          if (model != null) {
            processes.put(file, model);
          }
        }
      }
    }
    // References are checked once every form and decision of the folder is known.
    Set<String> knownDecisions = decisionsUnknown ? null : decisionIds.keySet();
    processes.forEach((file, model) -> validateProcess(file, model, formIds.keySet(), knownDecisions, problems));
    problems.sort((a, b) -> a.file().compareTo(b.file()));
    return problems;
  }

  // --- BPMN -----------------------------------------------------------------------------------

  private BpmnModelInstance parseProcess(ModelFile file, List<ModelProblem> problems) {
    try {
      return Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
    } catch (ModelParseException e) {
      problems.add(xmlProblem(file, e));
      return null;
    }
  }

  private void validateProcess(ModelFile file, BpmnModelInstance model, Set<String> formIds, Set<String> decisionIds,
      List<ModelProblem> problems) {
    List<Process> processes = new ArrayList<>(model.getModelElementsByType(Process.class));
    if (processes.size() != 1) {
      problems.add(ModelProblem.inFile(file.name(), "must hold exactly one process, holds " + processes.size()));
    }
    for (Process process : processes) {
      if (!file.baseName().equals(process.getId())) {
        problems.add(ModelProblem.atElement(file.name(), process.getId(),
            "process id must equal the file name '" + file.baseName() + "'"));
      }
      if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(ModelProblem.atElement(file.name(), process.getId(), "camunda:historyTimeToLive is missing"));
      }
      for (String group : process.getCamundaCandidateStarterGroupsList()) {
        checkGroup(file, process.getId(), group, problems);
      }
    }
    if (model.getDefinitions().getBpmDiagrams().isEmpty()) {
      problems.add(ModelProblem.inFile(file.name(), "has no diagram (BPMNDI): Camunda Modeler could not show it"));
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      checkForm(file, start.getId(), start.getCamundaFormKey(), start.getCamundaFormRef(),
          start.getCamundaFormRefBinding(), formIds, problems);
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkForm(file, task.getId(), task.getCamundaFormKey(), task.getCamundaFormRef(),
          task.getCamundaFormRefBinding(), formIds, problems);
      if (task.getCamundaFormKey() == null && task.getCamundaFormRef() == null) {
        problems.add(ModelProblem.atElement(file.name(), task.getId(), "user task has no form (camunda:formRef)"));
      }
      if (task.getCamundaCandidateGroups() != null) {
        for (String group : task.getCamundaCandidateGroupsList()) {
          checkGroup(file, task.getId(), group, problems);
        }
      }
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      String decisionRef = task.getCamundaDecisionRef();
      if (decisionIds != null && decisionRef != null && !decisionRef.contains("${") && !decisionRef.contains("#{")
          && !decisionIds.contains(decisionRef)) {
        problems.add(ModelProblem.atElement(file.name(), task.getId(),
            "camunda:decisionRef '" + decisionRef + "' is not a decision in dmn/"));
      }
      if ("deployment".equals(task.getCamundaDecisionRefBinding())) {
        problems.add(ModelProblem.atElement(file.name(), task.getId(),
            "camunda:decisionRefBinding must be 'latest': tables are deployed on their own when they change"));
      }
    }
    checkElements(file, domOf(file), null, problems);
  }

  private void checkForm(ModelFile file, String elementId, String formKey, String formRef, String binding,
      Set<String> formIds, List<ModelProblem> problems) {
    if (formKey != null && formKey.startsWith("camunda-forms:deployment:")) {
      problems.add(ModelProblem.atElement(file.name(), elementId,
          "camunda-forms:deployment: breaks when only the BPMN changes; use camunda:formRef with binding latest"));
    }
    if (formRef == null) {
      return;
    }
    if (!formRef.contains("${") && !formIds.contains(formRef)) {
      problems.add(ModelProblem.atElement(file.name(), elementId,
          "camunda:formRef '" + formRef + "' is not a form in forms/"));
    }
    if (binding != null && !"latest".equals(binding)) {
      problems.add(ModelProblem.atElement(file.name(), elementId,
          "camunda:formRefBinding must be 'latest', is '" + binding + "'"));
    }
  }

  private void checkGroup(ModelFile file, String elementId, String group, List<ModelProblem> problems) {
    String id = group.strip();
    if (!id.isEmpty() && !id.contains("${") && !groupExists(id)) {
      problems.add(ModelProblem.atElement(file.name(), elementId,
          "group '" + id + "' does not exist: no role of the platform and no group in the identity store"));
    }
  }

  /** A role of the platform, or a group an administrator created in the identity store (read when checking). */
  private boolean groupExists(String id) {
    if (knownGroups.contains(id)) {
      return true;
    }
    ProcessEngineConfigurationImpl engine = expressions.getIfAvailable();
    return engine != null && engine.getIdentityService().createGroupQuery().groupId(id).count() > 0;
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
      if (!id.isEmpty() && !NO_GROUP.contains(id) && !groupExists(id)) {
        problems.add(ModelProblem.atElement(file.name(), ruleId, "row " + row + ", output '" + name + "': group '"
            + id + "' does not exist: no role of the platform and no group in the identity store"));
      }
    }
  }

  /**
   * Every expression must parse (the engine would only say "error while parsing process"), and
   * {@code camunda:delegateExpression="${bean}"} must name a bean of the platform.
   */
  private void checkElements(ModelFile file, Element element, String enclosingId, List<ModelProblem> problems) {
    String id = element.hasAttribute("id") ? element.getAttribute("id") : enclosingId;
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      checkExpression(file, id, attributes.item(i).getNodeName(), attributes.item(i).getNodeValue(), problems);
    }
    List<Element> children = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        children.add(childElement);
      }
    }
    if (children.isEmpty() && !SKIPPED_TEXT_ELEMENTS.contains(element.getLocalName())) {
      checkExpression(file, id, element.getLocalName(), element.getTextContent(), problems);
    }
    String delegate = element.getAttributeNS(CAMUNDA_NS, "delegateExpression");
    if (!delegate.isEmpty()) {
      Matcher bean = BEAN_EXPRESSION.matcher(delegate.strip());
      if (bean.matches() && !beans.containsBean(bean.group(1))) {
        problems.add(ModelProblem.atElement(file.name(), id,
            "camunda:delegateExpression names no bean of the platform: " + delegate));
      }
    }
    for (Element child : children) {
      checkElements(file, child, id, problems);
    }
  }

  private void checkExpression(ModelFile file, String elementId, String where, String text,
      List<ModelProblem> problems) {
    if (text == null || !(text.contains("${") || text.contains("#{"))) {
      return;
    }
    try {
      expressions.getObject().getExpressionManager().createExpression(text.strip());
    } catch (RuntimeException e) {
      problems.add(ModelProblem.atElement(file.name(), elementId,
          where + ": '" + text.strip() + "' is not a valid expression: " + e.getMessage()));
    }
  }

  private static Element domOf(ModelFile file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.content())).getDocumentElement();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot re-read " + file.name(), e);
    }
  }

  // --- DMN ------------------------------------------------------------------------------------

  /** @return false when the file cannot be read at all, so its decision ids are unknown */
  private boolean validateDecisions(ModelFile file, List<ModelProblem> problems, Map<String, String> decisionIds) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(file.content()));
    } catch (ModelParseException e) {
      problems.add(xmlProblem(file, e));
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

  // --- Forms ----------------------------------------------------------------------------------

  private void validateForm(ModelFile file, List<ModelProblem> problems, Map<String, String> formIds) {
    JsonNode form;
    try {
      form = json.readTree(file.content());
    } catch (JsonProcessingException e) {
      problems.add(ModelProblem.atLine(file.name(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "not valid JSON: " + e.getOriginalMessage()));
      return;
    } catch (java.io.IOException e) {
      problems.add(ModelProblem.inFile(file.name(), "cannot be read: " + e.getMessage()));
      return;
    }
    if (form == null || !form.isObject()) {
      problems.add(ModelProblem.inFile(file.name(), "must be a JSON object (a Camunda Form)"));
      return;
    }
    String id = form.path("id").asText("");
    if (id.isBlank()) {
      problems.add(ModelProblem.inFile(file.name(), "has no \"id\": the id is how processes reference the form"));
    } else {
      if (!id.equals(file.baseName())) {
        problems.add(ModelProblem.atElement(file.name(), id, "form id must equal the file name '" + file.baseName() + "'"));
      }
      String other = formIds.putIfAbsent(id, file.name());
      if (other != null && !other.equals(file.name())) {
        problems.add(ModelProblem.atElement(file.name(), id, "form id is also used in " + other));
      }
    }
    if (!form.path("components").isArray()) {
      problems.add(ModelProblem.inFile(file.name(), "has no \"components\" array"));
      return;
    }
    checkComponents(file, form.path("components"), new HashSet<>(), problems);
  }

  private void checkComponents(ModelFile file, JsonNode components, Set<String> keys, List<ModelProblem> problems) {
    int index = 0;
    for (JsonNode component : components) {
      String where = component.path("id").asText("component #" + (index + 1));
      if (!component.hasNonNull("type")) {
        problems.add(ModelProblem.atElement(file.name(), where, "component has no \"type\""));
      }
      if (component.has("key")) {
        String key = component.path("key").asText("");
        if (!FORM_KEY.matcher(key).matches()) {
          problems.add(ModelProblem.atElement(file.name(), where,
              "key '" + key + "' is not a variable name (letters, digits, _)"));
        } else if (!keys.add(key)) {
          problems.add(ModelProblem.atElement(file.name(), where, "key '" + key + "' is used twice in the form"));
        }
      }
      if (component.path("components").isArray()) {
        checkComponents(file, component.path("components"), keys, problems);
      }
      index++;
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  private static ModelProblem xmlProblem(ModelFile file, Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof SAXParseException sax) {
        return ModelProblem.atLine(file.name(), sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage());
      }
      // Camunda's XML parser rethrows parse errors as a plain SAXException with the line in its text.
      Matcher line = cause.getMessage() == null ? null : SAX_LINE.matcher(cause.getMessage());
      if (line != null && line.find()) {
        return ModelProblem.atLine(file.name(), Integer.parseInt(line.group(1)), 0, line.group(2));
      }
    }
    return ModelProblem.inFile(file.name(), error.getMessage());
  }
}
