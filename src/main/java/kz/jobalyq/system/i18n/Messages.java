package kz.jobalyq.system.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The platform's own words in Kazakh and Russian, from one source: {@code i18n/messages_kk.properties} and
 * {@code i18n/messages_ru.properties}, and a feature's own pair beside them ({@code i18n/initiative_kk…},
 * found at start) — the same keys in both languages, checked by a test. A missing key shows the key itself,
 * never another language.
 */
public final class Messages {

  /** The bundles, found on the class path once: the message source and the glossary read the same. */
  private static final String[] BUNDLES = bundles();
  private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();

  static {
    SOURCE.setBasenames(BUNDLES);
    SOURCE.setDefaultEncoding("UTF-8");
    SOURCE.setFallbackToSystemLocale(false);
    SOURCE.setUseCodeAsDefaultMessage(true);
  }

  private Messages() {
  }

  /** {@code i18n/messages} and every other {@code i18n/<name>_kk.properties} on the class path. */
  static String[] bundles() {
    Set<String> names = new TreeSet<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(
          "classpath*:i18n/*_kk.properties")) {
        String file = resource.getFilename();
        if (file != null) {
          names.add("i18n/" + file.substring(0, file.length() - "_kk.properties".length()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The message bundles in i18n/ cannot be listed", e);
    }
    names.add("i18n/messages");
    return names.toArray(String[]::new);
  }

  /** The message in the language of the request being served (Kazakh outside a request). */
  public static String text(String key, Object... args) {
    return text(UserLanguage.current(), key, args);
  }

  public static String text(Locale language, String key, Object... args) {
    return SOURCE.getMessage(key, args, UserLanguage.supported(language));
  }

  /** Whether {@code key} is one of the platform's messages (both languages have the same keys, by test). */
  public static boolean has(String key) {
    return Glossary.KEYS.contains(key);
  }

  /**
   * One language's file of a bundle ({@code i18n/records} → {@code i18n/records_ru.properties}) as it stands, every
   * key with its text; empty when there is no such file.
   */
  public static Properties bundle(String bundle, Locale language) {
    String path = bundle + "_" + UserLanguage.supported(language).getLanguage() + ".properties";
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The message bundle " + path + " cannot be read", e);
    }
    return properties;
  }

  /**
   * The Russian of a whole Kazakh message without arguments (a level's, a status's, a role's name), or empty: for
   * a text that was stored in Kazakh, such as a value a task's name was made with.
   */
  public static Optional<String> russianOf(String kazakh) {
    return kazakh == null ? Optional.empty() : Optional.ofNullable(Glossary.RUSSIAN.get(kazakh));
  }

  /** Kazakh message → Russian message, for every key of every bundle whose text takes no arguments. */
  private static final class Glossary {

    static final Map<String, String> RUSSIAN = load();
    static final Set<String> KEYS = keys();

    private static Set<String> keys() {
      Set<String> keys = new java.util.HashSet<>();
      for (String bundle : BUNDLES) {
        keys.addAll(bundle(bundle, UserLanguage.KK).stringPropertyNames());
      }
      return Set.copyOf(keys);
    }

    private static Map<String, String> load() {
      Map<String, String> russian = new HashMap<>();
      for (String bundle : BUNDLES) {
        Properties kk = bundle(bundle, UserLanguage.KK);
        Properties ru = bundle(bundle, UserLanguage.RU);
        for (String key : kk.stringPropertyNames()) {
          String kazakh = kk.getProperty(key);
          String translated = ru.getProperty(key);
          if (translated != null && !kazakh.contains("{")) {
            russian.putIfAbsent(kazakh, translated);
          }
        }
      }
      return Map.copyOf(russian);
    }
  }
}
