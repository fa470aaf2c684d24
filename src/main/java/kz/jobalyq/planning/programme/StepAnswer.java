package kz.jobalyq.planning.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;

/**
 * What a step's form submitted, read with the field named in every refusal ({@link BadInput}: the field and why, in
 * the user's language, which the platform shows on the form). A field is called by its name in the
 * {@code programme.field.<key>} messages. Values come as Camunda Forms send them: strings, booleans, longs and doubles.
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

  public String requiredText(String key) {
    return requiredText(key, "programme.required");
  }

  /** Required, refused with {@code refusalKey} (its {0}: the field's name) when blank. */
  public String requiredText(String key, String refusalKey) {
    String text = text(key);
    if (text == null) {
      throw BadInput.of(key, refusalKey, fieldName(key));
    }
    if (text.length() > 4000) {
      throw BadInput.of(key, "programme.tooLong", "4000");
    }
    return text;
  }

  /** The field's name as the refusals say it, in the user's language. */
  static String fieldName(String key) {
    return Messages.text("programme.field." + key);
  }

  /** One of {@code allowed}; required. */
  public String choice(String key, String... allowed) {
    String text = text(key);
    // Like every other enum, whatever the case: "APPROVE" is the form's "approve".
    String chosen = text == null ? null
        : Arrays.stream(allowed).filter(value -> value.equalsIgnoreCase(text)).findFirst().orElse(null);
    if (chosen == null) {
      String values = String.join(", ", allowed);
      throw text == null ? BadInput.of(key, "programme.choice.required", values)
          : BadInput.of(key, "programme.choice.invalid", values, text);
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
      throw refusal(key, e, "programme.date.invalid", text);
    }
  }

  public LocalDate requiredDate(String key) {
    LocalDate date = date(key);
    if (date == null) {
      throw BadInput.of(key, "programme.requiredDate", fieldName(key));
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
      throw refusal(key, e, "programme.number.invalid", text);
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
      throw refusal(key, e, "programme.wholeNumber.invalid", value.toPlainString());
    }
  }

  private static BadInput refusal(String key, Exception cause, String messageKey, Object... args) {
    BadInput refusal = BadInput.of(key, messageKey, args);
    refusal.initCause(cause);
    return refusal;
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
