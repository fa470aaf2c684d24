package kz.jobalyq.initiative.delegate;

import static kz.jobalyq.system.process.ProcessVariables.rows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.initiative.InitiativeProcess;
import kz.jobalyq.initiative.InitiativeStage;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/** A stage's form fields between the process (form variables) and the stage document (a map). */
final class StageForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StageForms() {
  }

  static InitiativeStage stageOf(String taskDefinitionKey) {
    for (int i = 0; i < InitiativeProcess.STAGE_TASKS.length; i++) {
      if (InitiativeProcess.STAGE_TASKS[i].equals(taskDefinitionKey)) {
        return InitiativeStage.of(i + 1);
      }
    }
    throw new IllegalStateException(taskDefinitionKey + " is not a stage of §50");
  }

  /** The submitted fields; dynamic lists become lists of rows. */
  static Map<String, Object> read(InitiativeStage stage, VariableScope form) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String field : stage.allFields()) {
      fields.put(field, stage.requiredLists().containsKey(field) ? rows(form, field) : plain(form.getVariable(field)));
    }
    return fields;
  }

  /** The stored document as form variables, so a returned stage opens filled in. */
  static Map<String, Object> values(InitiativeStage stage, Map<String, Object> document) {
    Map<String, Object> variables = new HashMap<>();
    document.forEach((field, value) -> {
      if (stage.requiredLists().containsKey(field)) {
        try {
          variables.put(field, SpinValues.jsonValue(JSON.writeValueAsString(value == null ? List.of() : value)).create());
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      } else {
        variables.put(field, value);
      }
    });
    return variables;
  }

  private static Object plain(Object value) {
    return value instanceof String text && text.isBlank() ? null : value;
  }
}
