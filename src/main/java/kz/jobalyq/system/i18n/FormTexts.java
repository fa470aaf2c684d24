package kz.jobalyq.system.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The words of a Camunda Form a person reads, each under a stable key: {@code <component id>.<property>} for
 * labels, descriptions, texts, placeholders and adorners, {@code <component id>.values.<value>} for the
 * label of an option, {@code <component id>.columns.<key>} for a table's column heading. The form file holds
 * the Kazakh words; a translation file maps the same keys to Russian.
 */
public final class FormTexts {

  /** Component properties that are words on the screen. */
  static final List<String> PROPERTIES = List.of("label", "description", "text", "placeholder", "dateLabel",
      "timeLabel");
  static final List<String> ADORNERS = List.of("prefixAdorner", "suffixAdorner");

  private FormTexts() {
  }

  /** Every text of the form by key, in the form's own (Kazakh) words. */
  public static Map<String, String> of(JsonNode form) {
    Map<String, String> texts = new LinkedHashMap<>();
    visit(form, (key, node) -> texts.put(key, node.asText()));
    return texts;
  }

  /** Each input field's component id by its key (the variable it edits). */
  public static Map<String, String> fieldIds(JsonNode form) {
    Map<String, String> ids = new LinkedHashMap<>();
    collectIds(form, ids);
    return ids;
  }

  private static void collectIds(JsonNode container, Map<String, String> ids) {
    for (JsonNode component : container.path("components")) {
      if (component.hasNonNull("key") && component.hasNonNull("id")) {
        ids.putIfAbsent(component.get("key").asText(), component.get("id").asText());
      }
      collectIds(component, ids);
    }
  }

  /** Replaces each text that has a translation; a text without one stays as the form has it. */
  public static void translate(JsonNode form, Map<String, String> translation) {
    if (translation == null || translation.isEmpty()) {
      return;
    }
    walk(form, translation);
  }

  private static void walk(JsonNode container, Map<String, String> translation) {
    JsonNode components = container.path("components");
    for (JsonNode component : components) {
      if (component instanceof ObjectNode object && object.hasNonNull("id")) {
        String id = object.get("id").asText();
        for (String property : PROPERTIES) {
          replace(object, property, translation.get(id + "." + property));
        }
        if (object.path("appearance") instanceof ObjectNode appearance) {
          for (String adorner : ADORNERS) {
            replace(appearance, adorner, translation.get(id + "." + adorner));
          }
        }
        for (JsonNode option : object.path("values")) {
          if (option instanceof ObjectNode value && value.has("value")) {
            replace(value, "label", translation.get(id + ".values." + value.get("value").asText()));
          }
        }
        for (JsonNode column : object.path("columns")) {
          if (column instanceof ObjectNode header && header.has("key")) {
            replace(header, "label", translation.get(id + ".columns." + header.get("key").asText()));
          }
        }
      }
      walk(component, translation);
    }
  }

  private static void replace(ObjectNode node, String property, String text) {
    if (text != null && node.hasNonNull(property)) {
      node.put(property, text);
    }
  }

  private static void visit(JsonNode container, BiConsumer<String, JsonNode> text) {
    for (JsonNode component : container.path("components")) {
      String id = component.path("id").asText(null);
      if (id != null) {
        for (String property : PROPERTIES) {
          if (component.hasNonNull(property) && !component.get(property).asText().isBlank()) {
            text.accept(id + "." + property, component.get(property));
          }
        }
        for (String adorner : ADORNERS) {
          JsonNode value = component.path("appearance").path(adorner);
          if (value.isTextual() && !value.asText().isBlank()) {
            text.accept(id + "." + adorner, value);
          }
        }
        for (JsonNode option : component.path("values")) {
          if (option.has("value") && option.hasNonNull("label")) {
            text.accept(id + ".values." + option.get("value").asText(), option.get("label"));
          }
        }
        for (JsonNode column : component.path("columns")) {
          if (column.has("key") && column.hasNonNull("label")) {
            text.accept(id + ".columns." + column.get("key").asText(), column.get("label"));
          }
        }
      }
      visit(component, text);
    }
  }
}
