package kz.jobalyq.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.UserLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stage's refusals name the field at fault and say why in the reader's language, before anything is read
 * or stored (so no tables are needed here).
 */
class InitiativeRefusalsTest {

  private final InitiativeService service = new InitiativeService(null, null, null, null, null, null, null, null,
      null);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "850501300128 | ЖСН-нің бақылау разряды сәйкес келмейді (соңғы цифр 9 болуы тиіс); нөмірді тексеріңіз",
      "850501300000 | мұндай ЖСН болмайды: оның бақылау разряды есептелмейді; нөмірді тексеріңіз",
      "85050130012  | ЖСН дәл 12 цифрдан тұруы тиіс",
      "85050130012A | ЖСН дәл 12 цифрдан тұруы тиіс"})
  void aWrongIinIsRefusedInKazakh(String iin, String reason) {
    BadInput refused = refusal(() -> service.recordStage(1L, InitiativeStage.POTENTIAL_DECISION, passport(iin),
        "pomanager"));

    assertThat(refused.field()).isEqualTo("initiatorIin");
    assertThat(refused.reason()).isEqualTo(reason);
  }

  @Test
  void aRussianReaderIsToldInRussianWhichRowOfTheListLacksWhat() {
    Map<String, Object> tree = Map.of("decisionFactors", List.of(Map.of("factor", "Цифровая грамотность",
        "alternatives", "Помощь через ЦОН")));

    UserLanguage.serve(UserLanguage.RU, () -> {
      BadInput refused = refusal(() -> service.recordStage(1L, InitiativeStage.DECISION_TREE, tree, "initiator"));
      assertThat(refused.field()).isEqualTo("decisionFactors[1].factorRisks");
      assertThat(refused.reason()).isEqualTo("в списке «Ключевые факторы», строка 1, заполните поле «Риски»");
      assertThat(refusal(() -> service.recordSendBack(1L, InitiativeStage.KEY_PROBLEMS, " ", "initiator"))
          .getMessage()).isEqualTo("stageComment: укажите в комментарии, что нужно доработать на предыдущем этапе");
    });
  }

  @Test
  void everyFieldAtFaultOfOneSubmissionIsSaidTheFirstPointedAt() {
    Map<String, Object> impact = new HashMap<>();
    impact.put("effectForecast", " ");
    impact.put("changesLegalActs", true);
    impact.put("jobsCreated", -3L);

    BadInput refused = refusal(() -> service.recordStage(1L, InitiativeStage.IMPACT_ASSESSMENT, impact, "initiator"));

    assertThat(refused.field()).isEqualTo("effectForecast");
    assertThat(refused.reason()).isEqualTo("effectForecast: «Әсердің болжамы» өрісін толтырыңыз; "
        + "regulatoryImpact: бастама нормативтік құқықтық актілерді өзгертеді: реттеушілік әсерді талдау міндетті "
        + "(000 §50, 5-кезең); jobsCreated: құрылатын жұмыс орындарының саны теріс болмауы тиіс");
  }

  @Test
  void aScoreThatIsNoNumberIsRefusedNamingItsCriterion() {
    Map<String, Object> scores = new HashMap<>(Map.of("alignmentScore", 4L, "efficiencyScore", "көп",
        "socialScore", 4L, "beneficiaryScore", 4L, "resourceScore", 4L));

    BadInput refused = refusal(() -> service.recordStage(1L, InitiativeStage.PRIORITY_LIST, scores, "pomanager"));

    assertThat(refused.field()).isEqualTo("efficiencyScore");
    assertThat(refused.reason()).isEqualTo("«Жоғары экономикалық тиімділік» өлшемшарты бойынша баға сан емес "
        + "(берілгені: көп); 0 мен 5 аралығындағы бүтін балл қойыңыз");
  }

  @Test
  void aNotPriorityReviewWithoutReasonAndASendBackFromStageOneAreRefused() {
    assertThat(refusal(() -> service.recordNotPriorityReview(1L, "confirm", null, "pohead")).getMessage())
        .isEqualTo("notPriorityComment: шешімнің негіздемесін жазыңыз");
    assertThat(refusal(() -> service.recordSendBack(1L, InitiativeStage.PRIORITY_LIST, "Қайта", "pomanager"))
        .getMessage()).isEqualTo("stageOutcome: 1-кезеңнің алдыңғы кезеңі жоқ: жұмысты қайтаруға болмайды");
  }

  @Test
  void everyFieldARefusalNamesHasItsLabelInBothLanguages() {
    List<String> fields = new ArrayList<>(List.of("initiativeTitle", "initiatorName", "initiativeDescription"));
    for (InitiativeStage stage : InitiativeStage.values()) {
      fields.addAll(stage.requiredFields());
      stage.requiredLists().forEach((list, rowFields) -> {
        fields.add(list);
        fields.addAll(rowFields);
      });
    }

    for (String field : fields) {
      Stream.of(UserLanguage.KK, UserLanguage.RU).forEach(language ->
          assertThat(Messages.text(language, "initiative.field." + field)).as(field + " in " + language)
              .doesNotStartWith("initiative."));
    }
  }

  private static BadInput refusal(Runnable submission) {
    try {
      submission.run();
    } catch (BadInput refused) {
      return refused;
    }
    throw new AssertionError("the submission was not refused");
  }

  private static Map<String, Object> passport(String iin) {
    Map<String, Object> form = new HashMap<>();
    form.put("passportName", "Өтініштерді цифрландыру");
    form.put("initiatorSurname", "Сағынова");
    form.put("initiatorFirstName", "Ләззат");
    form.put("initiatorIin", iin);
    form.put("curatorName", "Вице-министр Ахметов А.");
    form.put("passportDirection", "Типтік базалық бағыт");
    form.put("keyIndicators", "Электронды өтініштер үлесі 90%");
    form.put("economicEffect", "Жылына 2 млрд теңге үнем");
    form.put("passportActions", List.of(Map.of("actionName", "Енгізу", "actionDeadline", "2026-12-31")));
    return form;
  }
}
