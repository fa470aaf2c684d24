package kz.jobalyq.system.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our Kazakh and Russian translations of the webapps against the English files of the Camunda version we
 * ship (read from its webjar): an upgrade that adds or renames keys fails here, naming them.
 */
class WebappTranslationsTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|<[^>]+>|%[sd]");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"tasklist, kk", "tasklist, ru", "cockpit, kk", "cockpit, ru", "admin, kk", "admin, ru",
      "welcome, kk", "welcome, ru"})
  void everyKeyOfTheShippedEnglishFileIsTranslatedWithItsPlaceholders(String app, String language)
      throws IOException {
    JsonNode english = read(app, "en");
    JsonNode translated = read(app, language);

    Set<String> englishKeys = keys(english.path("labels"));
    Set<String> translatedKeys = keys(translated.path("labels"));
    assertThat(translatedKeys).as("keys of %s/locales/%s.json", app, language).isEqualTo(englishKeys);
    List<String> wrong = new ArrayList<>();
    for (String key : englishKeys) {
      String source = english.path("labels").path(key).asText();
      String target = translated.path("labels").path(key).asText();
      if (!placeholders(source).equals(placeholders(target))) {
        wrong.add(key + ": " + placeholders(source) + " vs " + placeholders(target));
      }
      if (!source.isBlank() && target.isBlank()) {
        wrong.add(key + ": empty");
      }
    }
    assertThat(wrong).as("labels whose placeholders or markup differ from English").isEmpty();
    if (english.has("dateLocales")) {
      assertThat(translated.path("dateLocales").path("months")).hasSize(12);
      assertThat(translated.path("dateLocales").path("weekdays")).hasSize(7);
    }
    // Most labels really are translated (brand names and type names such as String stay as they are).
    long cyrillic = translatedKeys.stream()
        .filter(key -> translated.path("labels").path(key).asText().matches("(?s).*\\p{IsCyrillic}.*")).count();
    assertThat(cyrillic).isGreaterThan(englishKeys.size() * 85 / 100);
  }

  @ParameterizedTest
  @CsvSource({"tasklist", "cockpit", "admin", "welcome"})
  void theConfigurationOffersKazakhRussianAndEnglish(String app) throws IOException {
    try (InputStream config = getClass().getClassLoader().getResourceAsStream(APPS + app + "/scripts/config.js");
        InputStream picker = getClass().getClassLoader().getResourceAsStream(APPS + "jobalyq-language.js")) {
      assertThat(new String(config.readAllBytes(), StandardCharsets.UTF_8)).contains("locales: locales");
      assertThat(new String(picker.readAllBytes(), StandardCharsets.UTF_8))
          .contains("availableLocales: ['kk', 'ru', 'en'", "fallbackLocale: 'en'");
    }
  }

  private JsonNode read(String app, String language) throws IOException {
    String path = APPS + app + "/locales/" + language + ".json";
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private static Set<String> keys(JsonNode labels) {
    Set<String> keys = new TreeSet<>();
    labels.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replaceAll("\\s+", ""));
    }
    found.sort(String::compareTo);
    return found;
  }
}
