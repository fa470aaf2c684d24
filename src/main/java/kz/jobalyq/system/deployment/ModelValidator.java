package kz.jobalyq.system.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks a set of models before any of it reaches the engine, so that a refusal names the file and
 * the element or line at fault. The engine's own parser runs afterwards, at deployment, and its
 * errors are reported the same way. Process checks live here; tables are checked by
 * {@link DecisionModelChecks}, forms by {@link FormModelChecks}.
 */
@Component
public class ModelValidator {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
  private static final Set<String> SKIPPED_TEXT_ELEMENTS = Set.of("documentation", "script", "text");

  private final ListableBeanFactory beans;
  /** Lazy: the validator must not force the engine to be built before it. */
  private final ObjectProvider<ProcessEngineConfigurationImpl> expressions;
  private final Set<String> knownGroups = new HashSet<>();
  private final DecisionModelChecks decisions;
  private final FormModelChecks forms = new FormModelChecks();

  public ModelValidator(ListableBeanFactory beans, ObjectProvider<ProcessEngineConfigurationImpl> expressions) {
    this.beans = beans;
    this.expressions = expressions;
    knownGroups.add(Role.ADMIN_GROUP);
    for (Role role : Role.values()) {
      knownGroups.add(role.groupId());
    }
    decisions = new DecisionModelChecks(this::groupExists);
  }

  /**
   * Which rules apply: to the models folder all of them; to a deployment through the engine API (Camunda Modeler)
   * those whose breach would break at run time (a task for a group nobody holds, a form or table that is not
   * there, a delegate bean that does not exist, an expression or FEEL cell that does not parse), not the folder's
   * house keeping (file named after its id, one process per file, a form on every user task, a diagram).
   */
  enum Scope { FOLDER, ENGINE_API }

  /** The folder's models, all rules; forms and tables are looked for among {@code files} alone. */
  public List<ModelProblem> validate(List<ModelFile> files) {
    return validate(files, Scope.FOLDER, key -> false, key -> false);
  }

  /**
   * A deployment through the engine API: the run-time rules; a form or table referenced is found in the deployment
   * or, unless bound to the deployment, among those already deployed ({@code deployedForm}, {@code deployedDecision}).
   * None when a file does not read at all: the engine refuses that deployment itself.
   */
  List<ModelProblem> validateEngineApiDeployment(List<ModelFile> files, Predicate<String> deployedForm,
      Predicate<String> deployedDecision) {
    return validate(files, Scope.ENGINE_API, deployedForm, deployedDecision);
  }

  private List<ModelProblem> validate(List<ModelFile> files, Scope scope, Predicate<String> deployedForm,
      Predicate<String> deployedDecision) {
    List<ModelProblem> problems = new ArrayList<>();
    Map<String, String> formIds = new HashMap<>();
    Map<String, String> decisionIds = new HashMap<>();
    // A broken form or table is reported once; references to it are not reported again. (In the folder a form's
    // file is named after its id; elsewhere the id is known only from a form that reads.)
    if (scope == Scope.FOLDER) {
      files.stream().filter(file -> file.kind() == ModelKind.FORM)
          .forEach(file -> formIds.putIfAbsent(file.baseName(), file.name()));
    }
    Map<ModelFile, BpmnModelInstance> processes = new HashMap<>();
    boolean decisionsUnknown = false;
    boolean unreadable = false;
    for (ModelFile file : files) {
      switch (file.kind()) {
        case FORM -> unreadable |= !forms.validateForm(file, problems, formIds, scope == Scope.FOLDER);
        case DECISION -> {
          if (!decisions.validateDecisions(file, problems, decisionIds)) {
            decisionsUnknown = true;
            unreadable = true;
          }
        }
        case PROCESS -> {
          BpmnModelInstance model = parseProcess(file, problems);
          if (model != null) {
            processes.put(file, model);
          } else {
            unreadable = true;
          }
        }
      }
    }
    if (scope == Scope.ENGINE_API && unreadable) {
      // A file that does not read at all is the engine's to refuse: its parser names the line and column
      // (DeploymentParseProblems).
      return List.of();
    }
    // References are checked once every form and decision of the folder is known.
    References references = new References(scope == Scope.FOLDER, formIds, deployedForm,
        decisionsUnknown ? null : decisionIds, deployedDecision);
    processes.forEach((file, model) -> validateProcess(file, model, scope, references, problems));
    problems.sort((a, b) -> a.file().compareTo(b.file()));
    return problems;
  }

  /**
   * Where a process's forms and tables are looked for: in the files at hand, and — outside the folder, unless bound
   * to the deployment — among those deployed before. {@code decisionsHere} null when a table could not be read.
   */
  private record References(boolean folder, Map<String, String> formsHere, Predicate<String> formDeployed,
      Map<String, String> decisionsHere, Predicate<String> decisionDeployed) {

    boolean formFound(String key, String binding) {
      return formsHere.containsKey(key) || !"deployment".equals(binding) && formDeployed.test(key);
    }

    /** Unknown (a table that does not read) counts as found: the table's own problem is reported. */
    boolean decisionFound(String key, String binding) {
      return decisionsHere == null || decisionsHere.containsKey(key)
          || !"deployment".equals(binding) && decisionDeployed.test(key);
    }

    String where(String kind, String folderName, String binding) {
      if (folder) {
        return "a " + kind + " in " + folderName;
      }
      return "a " + kind + " of this deployment" + ("deployment".equals(binding) ? "" : " or deployed before");
    }
  }

  // --- BPMN -----------------------------------------------------------------------------------

  private BpmnModelInstance parseProcess(ModelFile file, List<ModelProblem> problems) {
    try {
      return Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
    } catch (ModelException e) {
      // Not only XML that does not parse: a process that breaks the BPMN schema, as for tables.
      problems.add(ModelProblem.fromXmlError(file, e));
      return null;
    }
  }

  private void validateProcess(ModelFile file, BpmnModelInstance model, Scope scope, References references,
      List<ModelProblem> problems) {
    boolean folder = scope == Scope.FOLDER;
    List<Process> processes = new ArrayList<>(model.getModelElementsByType(Process.class));
    if (folder && processes.size() != 1) {
      problems.add(ModelProblem.inFile(file.name(), "must hold exactly one process, holds " + processes.size()));
    }
    for (Process process : processes) {
      if (folder && !file.baseName().equals(process.getId())) {
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
    if (folder && model.getDefinitions().getBpmDiagrams().isEmpty()) {
      problems.add(ModelProblem.inFile(file.name(), "has no diagram (BPMNDI): Camunda Modeler could not show it"));
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      checkForm(file, start.getId(), start.getCamundaFormKey(), start.getCamundaFormRef(),
          start.getCamundaFormRefBinding(), references, problems);
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkForm(file, task.getId(), task.getCamundaFormKey(), task.getCamundaFormRef(),
          task.getCamundaFormRefBinding(), references, problems);
      if (folder && task.getCamundaFormKey() == null && task.getCamundaFormRef() == null) {
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
      String binding = task.getCamundaDecisionRefBinding();
      if (decisionRef != null && !decisionRef.contains("${") && !decisionRef.contains("#{")
          && !references.decisionFound(decisionRef, binding)) {
        problems.add(ModelProblem.atElement(file.name(), task.getId(), "camunda:decisionRef '" + decisionRef
            + "' is not " + references.where("decision", "dmn/", binding)));
      }
      // The folder's rule: its tables are deployed on their own, so a process binds the latest one.
      if (folder && "deployment".equals(binding)) {
        problems.add(ModelProblem.atElement(file.name(), task.getId(),
            "camunda:decisionRefBinding must be 'latest': tables are deployed on their own when they change"));
      }
    }
    checkElements(file, domOf(file), null, problems);
  }

  private void checkForm(ModelFile file, String elementId, String formKey, String formRef, String binding,
      References references, List<ModelProblem> problems) {
    // The folder's rules on binding: its forms are deployed on their own when they change, so a process binds the
    // latest one; a deployment through the engine API may carry its forms along and bind them to itself.
    if (references.folder() && formKey != null && formKey.startsWith("camunda-forms:deployment:")) {
      problems.add(ModelProblem.atElement(file.name(), elementId,
          "camunda-forms:deployment: breaks when only the BPMN changes; use camunda:formRef with binding latest"));
    }
    if (formRef == null) {
      return;
    }
    if (!formRef.contains("${") && !references.formFound(formRef, binding)) {
      problems.add(ModelProblem.atElement(file.name(), elementId,
          "camunda:formRef '" + formRef + "' is not " + references.where("form", "forms/", binding)));
    }
    if (references.folder() && binding != null && !"latest".equals(binding)) {
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

}
