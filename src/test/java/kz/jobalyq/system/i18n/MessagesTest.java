package kz.jobalyq.system.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The platform's own words exist in Kazakh and Russian, key by key, with the same placeholders. */
class MessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  @Test
  void aTextStoredInKazakhIsFoundInRussianOnlyWhenItIsOneOfOurWholeMessages() {
    // An escalation level's name, stored in Kazakh in a task's name, is shown to a Russian reader in Russian.
    String level = Messages.text(Locale.forLanguageTag("kk"), "escalation.level.2");
    assertThat(Messages.russianOf(level)).contains(Messages.text(Locale.forLanguageTag("ru"), "escalation.level.2"))
        .hasValueSatisfying(russian -> assertThat(russian).isNotEqualTo(level));
    // Someone's words (a project's name), or part of a message, stay as they are.
    assertThat(Messages.russianOf("Сынақ жобасы")).isEmpty();
    assertThat(Messages.russianOf(level.substring(0, 10))).isEmpty();
    assertThat(Messages.russianOf(null)).isEmpty();
  }

  @Test
  void everyMessageHasBothLanguagesWithTheSamePlaceholders() throws IOException {
    Map<String, String> owner = new HashMap<>();
    for (String bundle : Messages.bundles()) {
      Properties kk = load(bundle + "_kk.properties");
      Properties ru = load(bundle + "_ru.properties");

      assertThat(ru.stringPropertyNames()).as("keys in Russian of " + bundle).isEqualTo(kk.stringPropertyNames());
      for (String key : kk.stringPropertyNames()) {
        assertThat(owner.put(key, bundle)).as(key + " in two bundles").isNull();
        assertThat(placeholders(ru.getProperty(key))).as(key).isEqualTo(placeholders(kk.getProperty(key)));
        assertThat(ru.getProperty(key)).as(key + " is Russian").doesNotContainPattern("[әғқңөұүһі]");
        assertThat(kk.getProperty(key)).as(key + " is not English").containsPattern("[а-яА-ЯәғқңөұүһіӘҒҚҢӨҰҮҺІ]");
      }
    }
    assertThat(owner).containsKey("error.notFound");
  }

  @Test
  void aMessageIsInTheLanguageBeingServed() {
    assertThat(Messages.text(UserLanguage.KK, "display.yes")).isEqualTo("Иә");
    assertThat(Messages.text(UserLanguage.RU, "display.yes")).isEqualTo("Да");
    UserLanguage.serve(UserLanguage.RU, () -> assertThat(BadInput.of("description",
        "change.description.required").getMessage()).isEqualTo("description: опишите изменение"));
    assertThat(BadInput.of("description", "change.description.required").reason()).isEqualTo("өзгерісті сипаттаңыз");
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
