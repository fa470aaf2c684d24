package kz.jobalyq.system.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/** Values as the engine REST API types them ({"type":"Json","value":"…"}) for Tasklist's form renderer. */
final class TypedValues {

  private TypedValues() {
  }

  static ObjectNode of(ObjectMapper json, Object value) {
    ObjectNode typed = json.createObjectNode();
    typed.set("valueInfo", json.createObjectNode());
    if (value == null) {
      typed.put("type", "Null");
      typed.putNull("value");
    } else if (value instanceof String text) {
      typed.put("type", "String");
      typed.put("value", text);
    } else if (value instanceof Boolean flag) {
      typed.put("type", "Boolean");
      typed.put("value", flag);
    } else if (value instanceof Integer || value instanceof Long) {
      typed.put("type", "Long");
      typed.put("value", ((Number) value).longValue());
    } else if (value instanceof Number number) {
      typed.put("type", "Double");
      typed.put("value", new BigDecimal(number.toString()).doubleValue());
    } else {
      typed.put("type", "Json");
      try {
        typed.put("value", json.writeValueAsString(value));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return typed;
  }

  /** The same JSON with every string escaped for display in markdown. */
  static JsonNode escaped(JsonNode node) {
    if (node.isTextual()) {
      return FormResponses.escapedText(node.asText());
    }
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        field.setValue(escaped(field.getValue()));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, escaped(array.get(i)));
      }
    }
    return node;
  }
}
