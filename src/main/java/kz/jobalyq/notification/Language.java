package kz.jobalyq.notification;

import java.util.Arrays;
import java.util.Locale;

/** The languages mail is written in; a user's choice is stored by its code. */
public enum Language {
  KK("kk"),
  RU("ru");

  /** Kazakh unless the user chose otherwise: the regulations' own language. */
  public static final Language DEFAULT = KK;

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** The language of {@code code} ("kk" or "ru"); anything else is bad input naming the field. */
  public static Language of(String code) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("language: is required, one of kk, ru");
    }
    return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code.strip())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("language: must be one of kk, ru, was '" + code + "'"));
  }
}
