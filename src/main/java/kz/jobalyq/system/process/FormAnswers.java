package kz.jobalyq.system.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.jobalyq.system.i18n.BadInput;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers to a Camunda Form's choices are read as the form offers them, whatever their case: before
 * the model's own listeners and gateways see a submitted task or start form, a radio or select answer
 * that matches one of the form's values but for case ({@code "APPROVE"}) becomes that value
 * ({@code "approve"}), and a checkbox answer given as text becomes a boolean — or, if it is neither
 * true nor false ({@code "yes"}), is refused naming the field. Gateways compare exact values; without
 * this an upper-case answer passed the listener and then found no way out of the gateway.
 */
@Component
public class FormAnswers extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(FormAnswers.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  static final TaskListener ON_TASK = task -> {
    String form = readForm(() -> task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId()));
    if (form != null) {
      canonicalise(task.getExecution() != null ? task.getExecution() : task, form);
    }
  };

  static final ExecutionListener ON_START = execution -> {
    String form = readForm(() -> execution.getProcessEngineServices().getFormService()
        .getDeployedStartForm(execution.getProcessDefinitionId()));
    if (form != null) {
      canonicalise(execution, form);
    }
  };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskTitles.addPostParseListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
            && userTask.getTaskDefinition().getCamundaFormDefinitionKey() != null) {
          // Built-in listeners run before the model's own complete listeners.
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, ON_TASK);
        }
      }

      @Override
      public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl activity) {
        if (startEventElement.attributeNS(new org.camunda.bpm.engine.impl.util.xml.Namespace(org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS), "formRef") != null) {
          activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, ON_START);
        }
      }
    });
  }

  /** The form's JSON, read without the caller's authorisations (the completing user may not read forms). */
  private static String readForm(java.util.function.Supplier<Object> deployedForm) {
    try {
      Object form = Context.getCommandContext() == null ? deployedForm.get()
          : Context.getCommandContext().runWithoutAuthorization(deployedForm::get);
      if (form instanceof InputStream stream) {
        try (stream) {
          return new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
      return null;
    } catch (ProcessEngineException | IOException e) {
      LOG.debug("No Camunda Form to read answers against: {}", e.getMessage());
      return null;
    }
  }

  static void canonicalise(VariableScope scope, String formJson) {
    JsonNode form;
    try {
      form = JSON.readTree(formJson);
    } catch (IOException e) {
      return;
    }
    List<BadInput> errors = new ArrayList<>();
    visit(form.path("components"), scope, errors);
    if (!errors.isEmpty()) {
      throw BadInput.all(errors);
    }
  }

  private static void visit(JsonNode components, VariableScope scope, List<BadInput> errors) {
    for (JsonNode field : components) {
      String type = field.path("type").asText();
      if ("group".equals(type)) {
        visit(field.path("components"), scope, errors);
        continue;
      }
      String key = field.path("key").asText(null);
      if (key == null || !scope.hasVariable(key) || scope.getVariable(key) == null) {
        continue;
      }
      Object value = scope.getVariable(key);
      if (("radio".equals(type) || "select".equals(type)) && value instanceof String answer) {
        for (JsonNode option : field.path("values")) {
          String offered = option.path("value").asText(null);
          if (offered != null && !offered.equals(answer) && offered.equalsIgnoreCase(answer.strip())) {
            scope.setVariable(key, offered);
          }
        }
      } else if ("checkbox".equals(type) && value instanceof String answer) {
        String text = answer.strip().toLowerCase(Locale.ROOT);
        if ("true".equals(text) || "false".equals(text)) {
          scope.setVariable(key, Boolean.valueOf(text));
        } else {
          errors.add(BadInput.of(key, "input.notBoolean", String.valueOf(answer)));
        }
      }
    }
  }
}
