package kz.jobalyq.planning.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects every wrong field of one request, then refuses it once with all of them ("field: what is wrong"). */
final class InputErrors {

  private final List<String> errors = new ArrayList<>();

  String required(String field, String value, int maxLength) {
    String text = optional(field, value, maxLength);
    if (text == null) {
      errors.add(field + ": толтыру міндетті / обязательное поле");
    }
    return text;
  }

  String optional(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > maxLength) {
      errors.add(field + ": " + maxLength + " таңбадан аспауы тиіс / не более " + maxLength + " символов");
    }
    return text;
  }

  LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      errors.add(field + ": күн міндетті (2026-03-19) / укажите дату");
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(field + ": '" + value + "' күн емес (2026-03-19) / не дата");
      return null;
    }
  }

  BigDecimal amount(String field, BigDecimal value, boolean zeroAllowed) {
    if (value == null) {
      errors.add(field + ": сома міндетті (EUR) / укажите сумму в евро");
      return null;
    }
    if (zeroAllowed ? value.signum() < 0 : value.signum() <= 0) {
      errors.add(field + ": сома " + (zeroAllowed ? "теріс болмауы" : "нөлден үлкен болуы") + " тиіс / "
          + (zeroAllowed ? "не может быть отрицательной" : "должна быть больше нуля"));
      return null;
    }
    if (value.scale() > 2) {
      errors.add(field + ": ең көбі 2 ондық таңба (цент) / не более двух знаков после запятой");
      return null;
    }
    return value;
  }

  <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      errors.add(field + ": міндетті, мүмкін мәндер " + Arrays.toString(type.getEnumConstants()));
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      errors.add(field + ": '" + value + "' мүмкін емес; мүмкін мәндер " + Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }

  void check(boolean ok, String field, String message) {
    if (!ok) {
      errors.add(field + ": " + message);
    }
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  /** @throws IllegalArgumentException naming every wrong field; our API answers it with 400 */
  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", errors));
    }
  }
}
