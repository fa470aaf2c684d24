package kz.jobalyq.system.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.jobalyq.system.security.Role;
import org.junit.jupiter.api.Test;

/** The record page's words for a decision log's outcomes, fixed and composed at run time, in both languages. */
class RecordWordsTest {

  private final RecordWords words = new RecordWords();

  @Test
  void composedOutcomesReadAsWordsWithTheirPartsNamed() {
    RecordWords.Words kazakh = words.in(UserLanguage.KK);
    RecordWords.Words russian = words.in(UserLanguage.RU);

    assertThat(kazakh.outcome("ADMITTED_3")).isEqualTo("Сұхбатқа жіберілгендер: 3");
    assertThat(russian.outcome("ADMITTED_3")).isEqualTo("Допущено к собеседованию: 3");
    // A role's group by the role's name.
    assertThat(kazakh.outcome("APPROVED_BY_project-group-head"))
        .isEqualTo("Орындауға қабылданды (" + Role.PROJECT_GROUP_HEAD.kazakhName() + ")");
    assertThat(russian.outcome("REFUSED_BY_bd-group-lead"))
        .isEqualTo("Отклонено (" + Role.BD_GROUP_LEAD.russianName() + ")");
    // A code inside an outcome by its label.
    assertThat(russian.outcome("SUSPENSION_REPORT_SUBMITTED")).startsWith("Приостановление");
    // The most specific pattern first: not "{0}_AT_LEVEL_{1}" read with REACTION_TIME_EXPIRED as a decision.
    assertThat(kazakh.outcome("REACTION_TIME_EXPIRED_AT_LEVEL_2"))
        .isNotEqualTo(kazakh.outcome("RESOLVE_AT_LEVEL_2")).contains("2");
    assertThat(russian.outcome("ESCALATED_BY_LEAD_FROM_LEVEL_1_TO_LEVEL_3")).contains("1", "3");
    // A fixed outcome by its label; something no pattern knows has no words (the page shows the code).
    assertThat(kazakh.outcome("ACCEPTED_FOR_EVALUATION")).isEqualTo("Бағалауға қабылданды");
    assertThat(kazakh.outcome("SOMETHING_NOBODY_WROTE")).isNull();
  }

  @Test
  void eachPatternsTextPlacesEveryPartOfItsKeyInBothLanguages() {
    for (var language : List.of(UserLanguage.KK, UserLanguage.RU)) {
      Properties bundle = Messages.bundle(RecordWords.BUNDLE, language);
      List<RecordWords.OutcomePattern> outcomes = words.in(language).outcomes();
      assertThat(outcomes).hasSizeGreaterThan(10);
      bundle.stringPropertyNames().stream().filter(key -> key.startsWith(RecordWords.OUTCOME)).forEach(key ->
          assertThat(placeholders(bundle.getProperty(key))).as(key + " in " + language)
              .isEqualTo(placeholders(key)).isNotEmpty());
      // The patterns reach the page as regular expressions JavaScript reads alike: anchored, plain groups.
      assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.pattern()).matches("\\^[A-Za-z0-9_()+?.-]*\\$"));
    }
  }

  @Test
  void aPatternWithItsPlaceholdersOutOfOrderOrWithOtherSignsIsRefused() {
    assertThat(RecordWords.regex("ESCALATED_FROM_LEVEL_{0}_TO_LEVEL_{1}"))
        .isEqualTo("^ESCALATED_FROM_LEVEL_(.+?)_TO_LEVEL_(.+?)$");
    assertThatThrownBy(() -> RecordWords.regex("FROM_{1}_TO_{0}")).hasMessageContaining("record.outcome.FROM_{1}");
    assertThatThrownBy(() -> RecordWords.regex("A.B_{0}")).hasMessageContaining("only letters");
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher placeholder = Pattern.compile("\\{\\d}").matcher(text);
    while (placeholder.find()) {
      found.add(placeholder.group());
    }
    return found;
  }
}
