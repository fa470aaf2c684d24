package kz.jobalyq.system.i18n;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text the platform writes into a record (a decision's comment, a request's conclusion) as a message key with its
 * arguments, so that it is read in the reader's language, not in the language of whoever's request wrote it.
 * Arguments are people's words and values as they are (a comment, a date, an amount) or phrases in their turn (a
 * status's or a party's name). Stored as a little JSON ({@link #toJson()}); the record keeps the Kazakh text beside
 * it for readers of the table itself.
 */
public record Phrase(String key, List<Object> args) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public Phrase {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("A phrase needs a message key");
    }
    args = List.copyOf(args);
  }

  /** {@code key} with its arguments: a phrase stays a phrase, null reads as nothing, anything else as its text. */
  public static Phrase of(String key, Object... args) {
    List<Object> values = new ArrayList<>(args.length);
    for (Object arg : args) {
      values.add(arg instanceof Phrase phrase ? phrase : arg == null ? ""
          : arg instanceof BigDecimal amount ? amount.toPlainString() : String.valueOf(arg));
    }
    return new Phrase(key, values);
  }

  /** The text in {@code language}; an unknown key reads as the key itself, as every message does. */
  public String in(Locale language) {
    Object[] values = args.stream().map(arg -> arg instanceof Phrase phrase ? phrase.in(language) : arg).toArray();
    return Messages.text(language, key, values);
  }

  /** Every key this phrase uses, its own and its arguments'. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(List.of(key));
    args.stream().filter(Phrase.class::isInstance).forEach(arg -> keys.addAll(((Phrase) arg).keys()));
    return keys;
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(node());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The phrase " + key + " cannot be written", e);
    }
  }

  /** A stored phrase read back; null for null. */
  public static Phrase fromJson(String json) {
    if (json == null) {
      return null;
    }
    try {
      return of(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("A stored phrase is not readable: " + json, e);
    }
  }

  private ObjectNode node() {
    ObjectNode node = JSON.createObjectNode().put("key", key);
    ArrayNode values = node.putArray("args");
    for (Object arg : args) {
      if (arg instanceof Phrase phrase) {
        values.add(phrase.node());
      } else {
        values.add((String) arg);
      }
    }
    return node;
  }

  private static Phrase of(JsonNode node) {
    List<Object> values = new ArrayList<>();
    for (JsonNode arg : node.path("args")) {
      values.add(arg.isObject() ? of(arg) : arg.asText());
    }
    return new Phrase(node.path("key").asText(), values);
  }
}
