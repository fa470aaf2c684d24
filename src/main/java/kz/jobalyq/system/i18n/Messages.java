package kz.jobalyq.system.i18n;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The platform's own words in Kazakh and Russian, from one source: {@code i18n/messages_kk.properties} and
 * {@code i18n/messages_ru.properties} (the same keys, checked by a test). A missing key shows the key itself,
 * never another language.
 */
public final class Messages {

  private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();

  static {
    SOURCE.setBasename("i18n/messages");
    SOURCE.setDefaultEncoding("UTF-8");
    SOURCE.setFallbackToSystemLocale(false);
    SOURCE.setUseCodeAsDefaultMessage(true);
  }

  private Messages() {
  }

  /** The message in the language of the request being served (Kazakh outside a request). */
  public static String text(String key, Object... args) {
    return text(UserLanguage.current(), key, args);
  }

  public static String text(Locale language, String key, Object... args) {
    return SOURCE.getMessage(key, args, UserLanguage.supported(language));
  }
}
