package kz.jobalyq.system.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads form input from process variables. Camunda Forms submit strings, longs and doubles; these
 * helpers turn them into domain types and name the field when a value does not fit.
 */
public final class ProcessVariables {

  private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

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
      throw new IllegalArgumentException(name + ": '" + value + "' is not a date (2026-03-19)", e);
    }
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
      throw new IllegalArgumentException(name + ": '" + value + "' is not a number", e);
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
      throw new IllegalArgumentException(name + ": '" + value + "' is not a whole number", e);
    }
  }

  public static <E extends Enum<E>> E enumValue(VariableScope scope, String name, Class<E> type) {
    String text = text(scope, name);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": '" + text + "' is not one of "
          + java.util.Arrays.toString(type.getEnumConstants()), e);
    }
  }
}
