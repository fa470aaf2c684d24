package kz.jobalyq.system.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kz.jobalyq.notification.NotificationService;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.security.TasklistFilterNames;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Task, filter, process and group names in the reader's language: the models, the filters and the groups are
 * named in Kazakh, and a Russian reader gets each name from its translation (an untranslated name stays
 * Kazakh). A notice (a task of no process) is stored in Kazakh and carries its Russian subject and message
 * ({@link NotificationService}), which a Russian reader is shown instead.
 */
@Component
class NameResponses {

  private final ObjectMapper json;
  private final ModelTranslations translations;
  private final TaskService taskService;

  NameResponses(ObjectMapper json, ModelTranslations translations, TaskService taskService) {
    this.json = json;
    this.translations = translations;
    this.taskService = taskService;
  }

  /**
   * A task, a list of tasks, or a HAL page of them (with its embedded process definitions); a task's HAL answer
   * also embeds its candidate groups, which Tasklist names in the task's header.
   */
  byte[] tasks(byte[] body) {
    return rewrite(body, node -> {
      forEachObject(node, this::task);
      forEachObject(node.path("_embedded").path("task"), this::task);
      forEachObject(node.path("_embedded").path("processDefinition"), this::processDefinition);
      forEachObject(node.path("_embedded").path("group"), this::group);
    });
  }

  byte[] filters(byte[] body) {
    return rewrite(body, node -> forEachObject(node, filter -> {
      if (filter.hasNonNull("name")) {
        filter.put("name", TasklistFilterNames.russian(filter.get("name").asText()));
      }
      if (filter.path("properties") instanceof ObjectNode properties && properties.hasNonNull("description")) {
        properties.put("description", TasklistFilterNames.russian(properties.get("description").asText()));
      }
    }));
  }

  /**
   * Groups (a task's candidate groups in its header, the user's groups): a role's group is named in the
   * reader's language ({@link Role}); another group keeps its name.
   */
  byte[] groups(byte[] body) {
    return rewrite(body, node -> {
      forEachObject(node, this::group);
      forEachObject(node.path("groups"), this::group);
    });
  }

  private void group(ObjectNode group) {
    String id = group.path("id").asText(null);
    if (id != null && group.hasNonNull("name")) {
      Role.ofGroup(id).ifPresent(role -> group.put("name", role.displayName()));
    }
  }

  byte[] processDefinitions(byte[] body) {
    return rewrite(body, node -> forEachObject(node, this::processDefinition));
  }

  private void task(ObjectNode task) {
    String definition = task.path("processDefinitionId").asText(null);
    String element = task.path("taskDefinitionKey").asText(null);
    if (definition != null && element != null && task.hasNonNull("name")) {
      task.put("name", translations.taskNameRu(keyOf(definition), element, task.get("name").asText()));
    } else if (definition == null && task.hasNonNull("id")) {
      notice(task);
    }
  }

  /** A notice's Russian texts, where it has them (a task of no process created otherwise keeps its own). */
  private void notice(ObjectNode task) {
    Map<String, Object> russian;
    try {
      russian = taskService.getVariablesLocal(task.get("id").asText(),
          List.of(NotificationService.NAME_RU, NotificationService.DESCRIPTION_RU));
    } catch (ProcessEngineException gone) {
      return; // completed or deleted since the page was read: shown as it was read
    }
    if (russian.get(NotificationService.NAME_RU) instanceof String name) {
      task.put("name", name);
    }
    if (russian.get(NotificationService.DESCRIPTION_RU) instanceof String description) {
      task.put("description", description);
    }
  }

  private void processDefinition(ObjectNode definition) {
    String key = definition.path("key").asText(null);
    if (key != null) {
      translations.processNameRu(key).ifPresent(name -> definition.put("name", name));
    }
  }

  /** {@code change-request:3:8f0e…} → {@code change-request}. */
  private static String keyOf(String processDefinitionId) {
    int colon = processDefinitionId.indexOf(':');
    return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
  }

  private byte[] rewrite(byte[] body, Consumer<JsonNode> change) {
    if (!UserLanguage.isRussian()) {
      return body;
    }
    try {
      JsonNode node = json.readTree(body);
      change.accept(node);
      return json.writeValueAsBytes(node);
    } catch (IOException e) {
      return body;
    }
  }

  /** The node itself when it is an object, or each object of an array. */
  private static void forEachObject(JsonNode node, Consumer<ObjectNode> action) {
    if (node instanceof ObjectNode object) {
      action.accept(object);
    } else if (node != null && node.isArray()) {
      node.forEach(item -> {
        if (item instanceof ObjectNode object) {
          action.accept(object);
        }
      });
    }
  }
}
