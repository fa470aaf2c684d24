package kz.jobalyq.system.i18n;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.jobalyq.system.security.Role;
import org.springframework.stereotype.Component;

/**
 * The words of the record page ({@code /record.html}) in one language, from {@code i18n/records_kk.properties} and
 * {@code records_ru.properties}: each JSON field's name ({@code record.field.*}), each coded value's
 * ({@code record.value.*}: statuses, kinds, yes and no, a decision log's fixed outcomes; the roles' groups by
 * their names), and the outcomes a decision log composes at run time ({@code record.outcome.*}: a key such as
 * {@code ADMITTED_{0}} with the text {@code "… {0}"}, the part in braces shown as a value in its turn).
 */
@Component
public class RecordWords {

  public static final String BUNDLE = "i18n/records";
  public static final String FIELD = "record.field.";
  public static final String VALUE = "record.value.";
  public static final String OUTCOME = "record.outcome.";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
  /** The patterns compiled once: a change sheet names each of its decisions' outcomes. */
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  /**
   * An outcome composed at run time: {@code pattern} a regular expression (the same in Java and JavaScript) whose
   * groups are the placeholders in the order they stand, {@code text} the reader's words with {@code {0}}, {@code
   * {1}} where those groups go.
   */
  public record OutcomePattern(String pattern, String text) {

    /**
     * {@code text} with the groups of {@code outcome} in place, each a value's label where it has one (a role's
     * group, a code), or null when the pattern does not match. The record page does the same in JavaScript.
     */
    String describe(String outcome, Map<String, String> values) {
      Matcher match = COMPILED.computeIfAbsent(pattern, Pattern::compile).matcher(outcome);
      if (!match.matches()) {
        return null;
      }
      String described = text;
      for (int group = 1; group <= match.groupCount(); group++) {
        described = described.replace("{" + (group - 1) + "}", values.getOrDefault(match.group(group),
            match.group(group)));
      }
      return described;
    }
  }

  /** A language's words: field names, coded values, run-time outcomes (the most specific first). */
  public record Words(Map<String, String> fields, Map<String, String> values, List<OutcomePattern> outcomes) {

    /** The reader's words for a decision's outcome, or null when the page would show the code itself. */
    public String outcome(String outcome) {
      if (values.containsKey(outcome)) {
        return values.get(outcome);
      }
      for (OutcomePattern pattern : outcomes) {
        String described = pattern.describe(outcome, values);
        if (described != null) {
          return described;
        }
      }
      return null;
    }
  }

  private final Map<Locale, Words> byLanguage = new ConcurrentHashMap<>();

  /** The words in {@code language} (Kazakh or Russian), read once. */
  public Words in(Locale language) {
    return byLanguage.computeIfAbsent(UserLanguage.supported(language), RecordWords::load);
  }

  private static Words load(Locale language) {
    Properties properties = Messages.bundle(BUNDLE, language);
    if (properties.isEmpty()) {
      throw new IllegalStateException(BUNDLE + " has no labels in " + language + " on the class path");
    }
    Map<String, String> fields = new TreeMap<>();
    Map<String, String> values = new TreeMap<>();
    List<String> outcomeKeys = new ArrayList<>();
    for (Role role : Role.values()) {
      values.put(role.groupId(), role.displayName(language));
    }
    properties.stringPropertyNames().forEach(key -> {
      if (key.startsWith(FIELD)) {
        fields.put(key.substring(FIELD.length()), properties.getProperty(key));
      } else if (key.startsWith(VALUE)) {
        values.put(key.substring(VALUE.length()), properties.getProperty(key));
      } else if (key.startsWith(OUTCOME)) {
        outcomeKeys.add(key.substring(OUTCOME.length()));
      }
    });
    // The most specific first: REACTION_TIME_EXPIRED_AT_LEVEL_{0} before {0}_AT_LEVEL_{1}.
    outcomeKeys.sort(Comparator.comparingInt(RecordWords::literalLength).reversed()
        .thenComparing(Comparator.naturalOrder()));
    List<OutcomePattern> outcomes = outcomeKeys.stream()
        .map(key -> new OutcomePattern(regex(key), properties.getProperty(OUTCOME + key))).toList();
    return new Words(Collections.unmodifiableMap(fields), Collections.unmodifiableMap(values), outcomes);
  }

  private static int literalLength(String key) {
    return PLACEHOLDER.matcher(key).replaceAll("").length();
  }

  /** {@code ADMITTED_{0}} → {@code ^ADMITTED_(.+?)$}; letters, digits, {@code _} and {@code -} stand for themselves. */
  static String regex(String key) {
    Matcher placeholder = PLACEHOLDER.matcher(key);
    StringBuilder regex = new StringBuilder("^");
    int at = 0;
    int expected = 0;
    while (placeholder.find()) {
      if (Integer.parseInt(placeholder.group(1)) != expected++) {
        throw new IllegalStateException(OUTCOME + key + ": placeholders must stand as {0}, {1}, … in order");
      }
      regex.append(literal(key, key.substring(at, placeholder.start()))).append("(.+?)");
      at = placeholder.end();
    }
    return regex.append(literal(key, key.substring(at))).append('$').toString();
  }

  private static String literal(String key, String part) {
    if (!part.matches("[A-Za-z0-9_-]*")) {
      throw new IllegalStateException(OUTCOME + key + ": only letters, digits, _ and - besides {0}, {1}, …");
    }
    return part;
  }
}
