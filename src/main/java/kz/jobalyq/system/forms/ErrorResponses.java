package kz.jobalyq.system.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.RefusedInput;
import kz.jobalyq.system.i18n.RefusedInput.BadInputDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's refusals in the user's words: a form's refusal by our rules keeps our message (already in
 * the user's language) and names its field (for Tasklist to point at); the engine's own English is replaced
 * by a message in the user's language, and logged with a reference the user can quote. A model refused at
 * deployment keeps its words.
 */
@Component
class ErrorResponses {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private final ObjectMapper json;

  ErrorResponses(ObjectMapper json) {
    this.json = json;
  }

  byte[] rewrite(int status, byte[] body) {
    JsonNode parsed;
    try {
      parsed = json.readTree(body);
    } catch (IOException e) {
      return body;
    }
    if (!(parsed instanceof ObjectNode error) || !error.has("message") || status == 401) {
      return body;
    }
    String type = error.path("type").asText("");
    String original = error.path("message").asText("");
    if ("ParseException".equals(type)) {
      // A model refused at deployment (Camunda Modeler, a modeller): the engine's or our rules' words name the file
      // and element at fault, which is what the modeller needs; no member of staff deploys.
      return body;
    }
    BadInputDetails refused = RefusedInput.last();
    if (refused != null && status == 400) {
      error.put("message", refused.reason());
      if (refused.field() != null) {
        error.put("field", refused.field());
      }
    } else {
      String key = keyFor(status, type, original);
      String reference = UUID.randomUUID().toString().substring(0, 8);
      error.put("message", Messages.text(key, reference));
      error.put("reference", reference);
      LOG.info("Engine refusal {} ({} {}) shown as {}: {}", reference, status, type, key, original);
    }
    try {
      return json.writeValueAsBytes(error);
    } catch (IOException e) {
      return body;
    }
  }

  static String keyFor(int status, String type, String message) {
    String text = message.toLowerCase(Locale.ROOT);
    if (status == 403 || type.contains("Authorization")) {
      return "error.notPermitted";
    }
    if (type.contains("AlreadyClaimed") || text.contains("already claimed")) {
      return "error.alreadyClaimed";
    }
    if (type.contains("Suspended") || text.contains("suspended")) {
      return "error.suspended";
    }
    if (status == 409 && text.contains("already completed")) {
      return "error.alreadyCompleted";
    }
    if (type.contains("OptimisticLocking")) {
      return "error.changedMeanwhile";
    }
    if (status == 404 || text.contains("cannot find") || text.contains("no task") || text.contains("not found")
        || text.contains("does not exist")) {
      return "error.notFound";
    }
    if (status < 500) {
      return "error.invalidRequest";
    }
    return "error.unexpected";
  }
}
