package kz.jobalyq.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;

/**
 * Collects what is wrong with a submitted form, field by field, and refuses it all at once in the user's
 * language (i18n/project_kk, project_ru). An empty or negative field is named by its label as the form shows
 * it ({@code project.field.<field>}); a list's row by its number, as {@code list[row].column}.
 */
final class Inputs {

  private final List<BadInput> errors = new ArrayList<>();

  private Inputs() {
  }

  static Inputs check() {
    return new Inputs();
  }

  Inputs require(Object value, String field) {
    if (isBlank(value)) {
      errors.add(BadInput.of(field, "project.required", label(field)));
    }
    return this;
  }

  Inputs requireInRow(Object value, String list, int row, String column) {
    if (isBlank(value)) {
      errors.add(BadInput.of(list + "[" + row + "]." + column, "project.requiredInRow", row, label(column)));
    }
    return this;
  }

  Inputs notNegative(BigDecimal value, String field) {
    if (value != null && value.signum() < 0) {
      errors.add(BadInput.of(field, "project.negative", label(field)));
    }
    return this;
  }

  Inputs notNegativeInRow(BigDecimal value, String list, int row, String column) {
    if (value != null && value.signum() < 0) {
      errors.add(BadInput.of(list + "[" + row + "]." + column, "project.negativeInRow", row, label(column)));
    }
    return this;
  }

  /** {@code key}'s text (with {@code args}) against {@code field} when the input is {@code wrong}. */
  Inputs when(boolean wrong, String field, String key, Object... args) {
    if (wrong) {
      errors.add(BadInput.of(field, key, args));
    }
    return this;
  }

  /** Throws one BadInput naming every field at fault (the first is the one pointed at). */
  void orRefuse() {
    if (!errors.isEmpty()) {
      throw BadInput.all(errors);
    }
  }

  static String label(String field) {
    return Messages.text("project.field." + field);
  }

  private static boolean isBlank(Object value) {
    return value == null || (value instanceof String text && text.isBlank());
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
