package kz.jobalyq.system.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.jobalyq.system.i18n.BadInput;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads form input from process variables. Camunda Forms submit strings, longs and doubles; these
 * helpers turn them into domain types and name the field when a value does not fit.
 */
public final class ProcessVariables {

  private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() { };

  private ProcessVariables() {
  }

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  public static LocalDate date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), ZONE);
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    try {
      String text = value.toString().strip();
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw BadInput.of(name, "input.notDate", String.valueOf(value));
    }
  }

  /**
   * A moment from a form's datetime field: with an offset ({@code 2026-03-25T10:00+05:00}, {@code ...Z}) or
   * without one, then read in the platform's zone.
   */
  public static Instant instant(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    String text = value.toString().strip();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).atZone(ZONE).toInstant();
      } catch (DateTimeParseException e) {
        throw BadInput.of(name, "input.notDateTime", String.valueOf(value));
      }
    }
  }

  /** A two-way decision from a form's radio ({@code "approve"} / {@code "revise"}): true for {@code yes}. */
  public static boolean choice(VariableScope scope, String name, String yes, String no) {
    String value = text(scope, name);
    if (yes.equalsIgnoreCase(value)) {
      return true;
    }
    if (no.equalsIgnoreCase(value)) {
      return false;
    }
    throw BadInput.of(name, "input.notChoice", String.valueOf(value), yes, no);
  }

  public static BigDecimal decimal(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      throw BadInput.of(name, "input.notNumber", String.valueOf(value));
    }
  }

  public static Integer integer(VariableScope scope, String name) {
    BigDecimal value = decimal(scope, name);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw BadInput.of(name, "input.notWholeNumber", String.valueOf(value));
    }
  }

  /**
   * The rows of a dynamic list: Tasklist submits them as a JSON variable (a Spin node); tests may pass
   * a JSON string or a list of maps. Rows whose fields are all empty are dropped.
   */
  public static List<Map<String, Object>> rows(VariableScope scope, String name) {
    return rows(name, scope.getVariable(name));
  }

  /** The rows of the dynamic list {@code name} whose variable holds {@code value}; as the other {@code rows}. */
  public static List<Map<String, Object>> rows(String name, Object value) {
    if (value == null) {
      return List.of();
    }
    List<Map<String, Object>> rows;
    try {
      if (value instanceof List<?> list) {
        rows = JSON.convertValue(list, ROWS);
      } else {
        String json = value.toString().strip();
        rows = json.isEmpty() ? List.of() : JSON.readValue(json, ROWS);
      }
    } catch (IllegalArgumentException | JsonProcessingException e) {
      throw BadInput.of(name, "input.notRows");
    }
    return rows.stream().filter(row -> row != null && row.values().stream()
        .anyMatch(field -> field != null && !field.toString().isBlank())).toList();
  }

  public static String text(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  public static LocalDate date(Map<String, Object> row, String key, String where) {
    String text = text(row, key);
    try {
      return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw BadInput.of(where + "." + key, "input.notDate", text);
    }
  }

  public static BigDecimal decimal(Map<String, Object> row, String key, String where) {
    String text = text(row, key);
    try {
      return text == null ? null : new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw BadInput.of(where + "." + key, "input.notNumber", text);
    }
  }

  public static <E extends Enum<E>> E enumValue(Map<String, Object> row, String key, Class<E> type, String where) {
    String text = text(row, key);
    try {
      return text == null ? null : Enum.valueOf(type, text.toUpperCase());
    } catch (IllegalArgumentException e) {
      throw BadInput.of(where + "." + key, "input.notOneOf", text,
          java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  /**
   * A checkbox: true, false, or not given (false). Text other than "true"/"false" (any case) is refused
   * naming the field: {@code "yes"} must not silently read as false.
   */
  public static boolean flag(VariableScope scope, String name) {
    return checkbox(name, scope.getVariable(name));
  }

  /** A checkbox's answer {@code value} of the field {@code name}: see {@link #flag(VariableScope, String)}. */
  public static boolean checkbox(String name, Object value) {
    if (value == null || value instanceof Boolean) {
      return Boolean.TRUE.equals(value);
    }
    String text = value.toString().strip();
    if (text.isEmpty() || "false".equalsIgnoreCase(text)) {
      return false;
    }
    if ("true".equalsIgnoreCase(text)) {
      return true;
    }
    throw BadInput.of(name, "input.notBoolean", String.valueOf(value));
  }

  public static <E extends Enum<E>> E enumValue(VariableScope scope, String name, Class<E> type) {
    String text = text(scope, name);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.toUpperCase());
    } catch (IllegalArgumentException e) {
      throw BadInput.of(name, "input.notOneOf", text, java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
