package kz.jobalyq.system;

import kz.jobalyq.system.i18n.BadInput;

/**
 * The two checks every text from outside passes before it is stored, with one wording wherever they refuse:
 * PostgreSQL cannot store the NUL character, and every column has a length. The message starts with the field,
 * so our API names it ({@code field}) and the engine shows it on the form. And the one way the platform cuts a text
 * it quotes to fit ({@link #cut}).
 */
public final class TextLimits {

  private TextLimits() {
  }

  public static void requireNoNul(String field, String text) {
    if (text != null && text.indexOf('\u0000') >= 0) {
      throw BadInput.of(field, "input.nul");
    }
  }

  /**
   * A text the platform quotes (in a comment, a reason, a mail) cut to {@code limit} characters, its last one an
   * ellipsis when anything was left out; null stays null.
   */
  public static String cut(String text, int limit) {
    return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }

  public static void requireMaxLength(String field, String text, long maxLength) {
    if (text != null && text.length() > maxLength) {
      throw BadInput.of(field, "input.tooLong", String.valueOf(maxLength), String.valueOf(text.length()));
    }
  }
}
