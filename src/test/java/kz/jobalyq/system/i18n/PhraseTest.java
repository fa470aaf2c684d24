package kz.jobalyq.system.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A text the platform stores as a message key with arguments reads in each reader's language. */
class PhraseTest {

  @Test
  void aStoredPhraseReadsInEitherLanguageWithItsNestedNamesTranslatedAndPeoplesWordsAsWritten() {
    Phrase stored = Phrase.of("financing.decision.noticeGiven", Phrase.of("financing.party.COMMISSION"),
        "Мерзім өтті", LocalDate.of(2027, 2, 1));

    Phrase read = Phrase.fromJson(stored.toJson());

    assertThat(read).isEqualTo(stored);
    assertThat(read.in(UserLanguage.KK)).isEqualTo("Тарап — Еуропалық Комиссия: Мерзім өтті (күшіне енеді 2027-02-01)");
    assertThat(read.in(UserLanguage.RU))
        .isEqualTo("Сторона — Европейская Комиссия: Мерзім өтті (вступает в силу 2027-02-01)");
    assertThat(read.keys()).containsExactly("financing.decision.noticeGiven", "financing.party.COMMISSION");
  }

  @Test
  void amountsAndCountsAreWrittenPlainAndMissingValuesAsNothing() {
    Phrase phrase = Phrase.of("financing.conclusion.reserveShort", new BigDecimal("1250000.00"));
    assertThat(phrase.in(UserLanguage.RU)).isEqualTo("В резерве осталось лишь 1250000.00 EUR");
    assertThat(Phrase.of("operational.decision.information", 12000, null).in(UserLanguage.KK))
        .isEqualTo("Орындалды 12000 / ");
  }

  @Test
  void aPersonsWordsWithBracesOrQuotesAreNotReadAsPlaceholders() {
    Phrase phrase = Phrase.of("operational.decision.informationWithComment", 1, 2, "it's {0} done");
    assertThat(Phrase.fromJson(phrase.toJson()).in(UserLanguage.RU)).isEqualTo("Исполнено 1 из 2; it's {0} done");
  }
}
