package kz.jobalyq.project;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a submitted form, field by field, and refuses it all at once. */
final class Inputs {

  private final String document;
  private final List<String> errors = new ArrayList<>();

  private Inputs(String document) {
    this.document = document;
  }

  static Inputs check(String document) {
    return new Inputs(document);
  }

  Inputs require(Object value, String field, String what) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      errors.add(field + ": " + what + " is required");
    }
    return this;
  }

  Inputs when(boolean wrong, String field, String message) {
    if (wrong) {
      errors.add(field + ": " + message);
    }
    return this;
  }

  /** Throws one IllegalArgumentException naming every field at fault. */
  void orRefuse() {
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(document + " cannot be accepted: " + String.join("; ", errors));
    }
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
