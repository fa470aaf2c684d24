package kz.jobalyq.system.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.jobalyq.system.TextLimits;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Camunda checks a Camunda Form's {@code maxLength} only in the browser. Here the engine checks it too, for
 * every form, when a task is completed or a process started with it: a text over its field's limit — also
 * inside dynamic-list rows — is refused with the field's key ({@code description: at most 4000 characters}),
 * before any listener stores it. The REST API answers 400 and Tasklist shows it on the form
 * ({@link BadInputPlugin}). Number ranges are the features' own checks, which name every wrong field at once.
 */
@Component
public class FormLimits extends AbstractProcessEnginePlugin {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Parsed limits per deployed form definition id (a deployed definition never changes). */
  private static final Map<String, List<Limit>> LIMITS = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = EngineLists.copyOf(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          ProcessDefinitionEntity process = (ProcessDefinitionEntity) activity.getProcessDefinition();
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
              task -> check(userTask.getTaskDefinition().getFormDefinition(), task, process.getDeploymentId()));
        }
      }

      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
        if (scope instanceof ProcessDefinitionEntity process) {
          startEvent.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
              check(process.getStartFormDefinition(), execution, process.getDeploymentId()));
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  private static void check(FormDefinition form, VariableScope scope, String deploymentId) {
    BoundForms.Bound bound = BoundForms.of(form, scope, deploymentId);
    if (bound == null) {
      return;
    }
    for (Limit limit : LIMITS.computeIfAbsent(bound.definitionId(), id -> read(bound.form()))) {
      limit.check(scope);
    }
  }

  private static List<Limit> read(JsonNode form) {
    List<Limit> limits = new ArrayList<>();
    collect(form.path("components"), null, limits);
    return List.copyOf(limits);
  }

  private static void collect(JsonNode components, String list, List<Limit> limits) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if ("dynamiclist".equals(type) && component.hasNonNull("path")) {
        collect(component.path("components"), component.path("path").asText(), limits);
        continue;
      }
      if (component.has("components")) {
        collect(component.path("components"), list, limits);
      }
      JsonNode validate = component.path("validate");
      if (!component.hasNonNull("key") || validate.isMissingNode()) {
        continue;
      }
      if (validate.hasNonNull("maxLength")) {
        limits.add(new Limit(list, component.get("key").asText(), validate.get("maxLength").asInt()));
      }
    }
  }

  /** One field's limit; {@code list} is the dynamic list holding it, if any. */
  record Limit(String list, String key, int maxLength) {

    void check(VariableScope scope) {
      if (list == null) {
        checkValue(key, scope.getVariable(key));
        return;
      }
      JsonNode rows = rows(scope.getVariable(list));
      for (int i = 0; i < rows.size(); i++) {
        JsonNode cell = rows.get(i).get(key);
        if (cell != null && cell.isTextual()) {
          checkValue(list + "[" + i + "]." + key, cell.asText());
        }
      }
    }

    private void checkValue(String field, Object value) {
      if (value instanceof String text) {
        TextLimits.requireMaxLength(field, text, maxLength);
      }
    }

    private static JsonNode rows(Object value) {
      if (value == null) {
        return JSON.createArrayNode();
      }
      try {
        JsonNode rows = value instanceof String || value instanceof SpinJsonNode ? JSON.readTree(value.toString())
            : JSON.valueToTree(value);
        return rows.isArray() ? rows : JSON.createArrayNode();
      } catch (IOException | IllegalArgumentException e) {
        return JSON.createArrayNode();
      }
    }
  }
}
