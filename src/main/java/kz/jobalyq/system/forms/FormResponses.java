package kz.jobalyq.system.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.jobalyq.system.i18n.FormTexts;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.i18n.UserLanguage;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A task's Camunda Form as its reader gets it: in their language ({@link ModelTranslations}), and with the
 * record it decides on in view ({@link FormView}s, read from our tables as the form opens). Every text
 * variable the form only shows (no input field edits it) is escaped, so what someone typed is never rendered
 * as markdown or HTML (a project called "[Sign](https://…)" shows as typed, not as a link).
 */
@Component
class FormResponses {

  private static final Logger LOG = LoggerFactory.getLogger(FormResponses.class);

  private final ObjectMapper json;
  private final ModelTranslations translations;
  private final List<FormView> views;
  private final TaskService taskService;
  private final FormService formService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final Set<String> preparedMarkdown;

  FormResponses(ObjectMapper json, ModelTranslations translations, List<FormView> views, TaskService taskService,
      FormService formService, RuntimeService runtimeService, RepositoryService repositoryService,
      IdentityService identityService, List<PreparedMarkdown> prepared) {
    this.json = json;
    this.preparedMarkdown = prepared.stream().flatMap(names -> names.variableNames().stream())
        .collect(Collectors.toUnmodifiableSet());
    this.translations = translations;
    this.views = views;
    this.taskService = taskService;
    this.formService = formService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
  }

  /** A deployed form in the reader's language. */
  byte[] translated(byte[] body) {
    if (!UserLanguage.isRussian()) {
      return body;
    }
    try {
      JsonNode form = json.readTree(body);
      FormTexts.translate(form, translations.formRu(form.path("id").asText()));
      return json.writeValueAsBytes(form);
    } catch (IOException e) {
      return body;
    }
  }

  /** The task's form variables with its record's view added and display-only texts escaped. */
  byte[] withRecordView(String taskId, byte[] body) {
    Authentication user = identityService.getCurrentAuthentication();
    // The reader may read this task (the engine answered 200); what we read for them is read as the platform.
    identityService.clearAuthentication();
    try {
      JsonNode parsed = json.readTree(body);
      if (!(parsed instanceof ObjectNode variables)) {
        return body;
      }
      Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
      if (task == null) {
        return body;
      }
      Set<String> edited = editedKeys(taskId);
      if (task.getProcessDefinitionId() != null) {
        TaskForm form = taskForm(task);
        for (FormView view : views) {
          view.of(form).forEach((name, value) -> variables.set(name, TypedValues.of(json, value)));
        }
      }
      // Tasklist submits an edited object (a list's rows) with the type the variable had; a variable that
      // was null has type Null, and the engine refused "Cannot convert … of type 'Null'": the form could not
      // be completed. Without it Tasklist sends the rows as Json.
      List<String> nulls = new ArrayList<>();
      variables.fields().forEachRemaining(entry -> {
        if ("Null".equals(entry.getValue().path("type").asText())) {
          nulls.add(entry.getKey());
        }
      });
      variables.remove(nulls);
      variables.fields().forEachRemaining(entry -> {
        if (!edited.contains(entry.getKey()) && entry.getValue() instanceof ObjectNode typed) {
          if (preparedMarkdown.contains(entry.getKey()) && typed.path("value").isTextual()) {
            typed.put("value", MarkdownText.withoutLinks(typed.get("value").asText()));
          } else {
            escape(typed);
          }
        }
      });
      return json.writeValueAsBytes(variables);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Form variables of task {} served as the engine gave them: {}", taskId, e.toString());
      return body;
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }

  private TaskForm taskForm(Task task) {
    String key = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    Map<String, Object> variables = taskService.getVariables(task.getId());
    return new TaskForm(task.getId(), key, task.getTaskDefinitionKey(),
        instance == null ? null : instance.getBusinessKey(), variables);
  }

  /**
   * The variables the form's fields edit (keys, list paths, option sources), and those its tables show (a
   * table's cells are plain text, never markdown): those stay as they are.
   */
  private Set<String> editedKeys(String taskId) {
    Set<String> keys = new HashSet<>();
    try (InputStream form = formService.getDeployedTaskForm(taskId)) {
      collect(json.readTree(form), keys);
    } catch (IOException | RuntimeException e) {
      // No Camunda Form (e.g. a notice): nothing is edited.
    }
    return keys;
  }

  private static void collect(JsonNode container, Set<String> keys) {
    for (JsonNode component : container.path("components")) {
      for (String property : List.of("key", "path", "valuesKey")) {
        if (component.hasNonNull(property)) {
          keys.add(component.get(property).asText().split("\\.")[0]);
        }
      }
      String tableSource = component.path("dataSource").asText("");
      if ("table".equals(component.path("type").asText()) && tableSource.startsWith("=")) {
        keys.add(tableSource.substring(1).strip().split("[^\\p{L}\\p{N}_]")[0]);
      }
      collect(component, keys);
    }
  }

  /** Escapes a typed value ({"type":…,"value":…}) in place: strings, and the strings inside JSON. */
  private void escape(ObjectNode typed) {
    String type = typed.path("type").asText();
    JsonNode value = typed.get("value");
    if (value == null || !value.isTextual()) {
      return;
    }
    if ("String".equals(type)) {
      typed.put("value", MarkdownText.escape(value.asText()));
    } else if ("Json".equals(type)) {
      try {
        typed.put("value", json.writeValueAsString(TypedValues.escaped(json.readTree(value.asText()))));
      } catch (IOException e) {
        // Not JSON after all: leave it as the engine gave it.
      }
    }
  }

  static TextNode escapedText(String text) {
    return TextNode.valueOf(MarkdownText.escape(text));
  }
}
