package kz.jobalyq.planning.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a step's form submitted, read with the field named in every refusal ({@code "approvalDate: ..."}), which the
 * platform shows on the form. Values come as Camunda Forms send them: strings, booleans, longs and doubles.
 */
public final class StepAnswer {

  private final Map<String, Object> values;

  public StepAnswer(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static StepAnswer of(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return new StepAnswer(values);
  }

  public String text(String key) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  public String requiredText(String key, String what) {
    String text = text(key);
    if (text == null) {
      throw new IllegalArgumentException(key + ": " + what + " толтырылуы тиіс");
    }
    if (text.length() > 4000) {
      throw new IllegalArgumentException(key + ": 4000 таңбадан аспауы тиіс");
    }
    return text;
  }

  /** One of {@code allowed}; required. */
  public String choice(String key, String... allowed) {
    String text = text(key);
    // Like every other enum, whatever the case: "APPROVE" is the form's "approve".
    String chosen = text == null ? null
        : Arrays.stream(allowed).filter(value -> value.equalsIgnoreCase(text)).findFirst().orElse(null);
    if (chosen == null) {
      throw new IllegalArgumentException(key + ": мына мәндердің бірі болуы тиіс: " + String.join(", ", allowed)
          + (text == null ? "" : " ('" + text + "' емес)"));
    }
    return chosen;
  }

  /** A checkbox; text other than true/false is refused naming the field, never read as false. */
  public boolean flag(String key) {
    return kz.jobalyq.system.process.ProcessVariables.checkbox(key, values.get(key));
  }

  public LocalDate date(String key) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + ": '" + text + "' күн емес (2026-03-19)", e);
    }
  }

  public LocalDate requiredDate(String key, String what) {
    LocalDate date = date(key);
    if (date == null) {
      throw new IllegalArgumentException(key + ": " + what + " көрсетілуі тиіс");
    }
    return date;
  }

  public BigDecimal decimal(String key) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": '" + text + "' сан емес", e);
    }
  }

  public Integer wholeNumber(String key) {
    BigDecimal value = decimal(key);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(key + ": '" + value + "' бүтін сан емес", e);
    }
  }

  /** The answers as submitted, blanks dropped: the document's content. */
  public Map<String, Object> values() {
    Map<String, Object> content = new LinkedHashMap<>();
    values.forEach((key, value) -> {
      if (value instanceof Boolean || value instanceof Number) {
        content.put(key, value);
      } else if (value != null && !value.toString().isBlank()) {
        content.put(key, value.toString().strip());
      }
    });
    return content;
  }
}
