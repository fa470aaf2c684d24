package kz.jobalyq.planning.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.jobalyq.system.i18n.BadInput;

/**
 * Collects every wrong field of one request, then refuses it once with all of them ({@link BadInput#all}: each
 * field and what is wrong with it, in the user's language, from the {@code financing.*} messages).
 */
final class InputErrors {

  private final List<BadInput> errors = new ArrayList<>();

  String required(String field, String value, int maxLength) {
    String text = optional(field, value, maxLength);
    if (text == null) {
      errors.add(BadInput.of(field, "financing.required"));
    }
    return text;
  }

  String optional(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > maxLength) {
      errors.add(BadInput.of(field, "financing.tooLong", String.valueOf(maxLength)));
    }
    return text;
  }

  LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      errors.add(BadInput.of(field, "financing.date.required"));
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(BadInput.of(field, "financing.date.invalid", value));
      return null;
    }
  }

  BigDecimal amount(String field, BigDecimal value, boolean zeroAllowed) {
    if (value == null) {
      errors.add(BadInput.of(field, "financing.amount.required"));
      return null;
    }
    if (zeroAllowed ? value.signum() < 0 : value.signum() <= 0) {
      errors.add(BadInput.of(field, zeroAllowed ? "financing.amount.negative" : "financing.amount.notPositive"));
      return null;
    }
    if (value.scale() > 2) {
      errors.add(BadInput.of(field, "financing.amount.scale"));
      return null;
    }
    return value;
  }

  <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
    String allowed = Arrays.toString(type.getEnumConstants());
    if (value == null || value.isBlank()) {
      errors.add(BadInput.of(field, "financing.oneOf.required", allowed));
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      errors.add(BadInput.of(field, "financing.oneOf.invalid", value, allowed));
      return null;
    }
  }

  /** Unless {@code ok}, the field is refused with the message {@code key} and its {@code args}. */
  void check(boolean ok, String field, String key, Object... args) {
    if (!ok) {
      errors.add(BadInput.of(field, key, args));
    }
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  /** @throws BadInput naming every wrong field; our API answers it with 400, a form shows it */
  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw BadInput.all(List.copyOf(errors));
    }
  }
}
