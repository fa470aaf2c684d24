package kz.jobalyq.system.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.jobalyq.system.i18n.BadInput;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
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

  static final TaskListener ON_TASK = task -> {
    TaskEntity entity = (TaskEntity) task;
    JsonNode form = deployedForm(entity.getTaskDefinition() == null ? null
        : entity.getTaskDefinition().getFormDefinition(), task, entity.getProcessDefinition() == null ? null
        : entity.getProcessDefinition().getDeploymentId());
    if (form != null) {
      canonicalise(task.getExecution() != null ? task.getExecution() : task, form);
    }
  };

  static final ExecutionListener ON_START = execution -> {
    ProcessDefinitionEntity definition = ((ExecutionEntity) execution).getProcessDefinition();
    JsonNode form = deployedForm(definition.getStartFormDefinition(), execution, definition.getDeploymentId());
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
    List<Deployer> deployers = EngineLists.copyOf(configuration.getCustomPostDeployers());
    deployers.add(BoundForms.FORGET_LATEST);
    configuration.setCustomPostDeployers(deployers);
  }

  private static JsonNode deployedForm(FormDefinition binding, VariableScope scope, String deploymentId) {
    BoundForms.Bound bound = BoundForms.of(binding, scope, deploymentId);
    return bound == null ? null : bound.form();
  }

  static void canonicalise(VariableScope scope, JsonNode form) {
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
