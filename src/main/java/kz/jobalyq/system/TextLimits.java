package kz.jobalyq.system;

import kz.jobalyq.system.i18n.BadInput;

/**
 * The two checks every text from outside passes before it is stored, with one wording wherever they refuse:
 * PostgreSQL cannot store the NUL character, and every column has a length. The message starts with the field,
 * so our API names it ({@code field}) and the engine shows it on the form.
 */
public final class TextLimits {

  private TextLimits() {
  }

  public static void requireNoNul(String field, String text) {
    if (text != null && text.indexOf('\u0000') >= 0) {
      throw BadInput.of(field, "input.nul");
    }
  }

  public static void requireMaxLength(String field, String text, long maxLength) {
    if (text != null && text.length() > maxLength) {
      throw BadInput.of(field, "input.tooLong", String.valueOf(maxLength), String.valueOf(text.length()));
    }
  }
}
