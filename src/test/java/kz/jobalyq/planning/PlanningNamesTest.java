package kz.jobalyq.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import kz.jobalyq.planning.financing.AgreementStatus;
import kz.jobalyq.planning.operational.OperationalPlanStatus;
import kz.jobalyq.planning.programme.PlanningDocumentType;
import kz.jobalyq.planning.programme.ProgrammeStep;
import kz.jobalyq.planning.programme.StateProgrammeStatus;
import kz.jobalyq.system.i18n.UserLanguage;
import org.junit.jupiter.api.Test;

/**
 * The names the planning records' APIs give their statuses, kinds and steps: in Kazakh the record's own name, in
 * Russian a Russian one, for every value (a value added without its messages would read as its key).
 */
class PlanningNamesTest {

  @Test
  void everyStatusKindAndStepHasItsNameInKazakhAndRussian() {
    assertNames(OperationalPlanStatus.values(), OperationalPlanStatus::kazakhName, OperationalPlanStatus::displayName);
    assertNames(StateProgrammeStatus.values(), StateProgrammeStatus::kazakhName, StateProgrammeStatus::displayName);
    assertNames(ProgrammeStep.values(), ProgrammeStep::kazakhName, ProgrammeStep::displayName);
    assertNames(PlanningDocumentType.values(), PlanningDocumentType::kazakhName, PlanningDocumentType::displayName);
    assertNames(AgreementStatus.values(), AgreementStatus::kazakhName, AgreementStatus::displayName);
  }

  private static String in(Locale language, Supplier<String> name) {
    String[] said = new String[1];
    UserLanguage.serve(language, () -> said[0] = name.get());
    return said[0];
  }

  private static <E extends Enum<E>> void assertNames(E[] values, Function<E, String> kazakh,
      Function<E, String> display) {
    for (E value : List.of(values)) {
      String inKazakh = in(UserLanguage.KK, () -> display.apply(value));
      String inRussian = in(UserLanguage.RU, () -> display.apply(value));
      assertThat(inKazakh).as(value.getDeclaringClass().getSimpleName() + "." + value + " in Kazakh")
          .isEqualTo(kazakh.apply(value));
      assertThat(inRussian).as(value.getDeclaringClass().getSimpleName() + "." + value + " in Russian")
          .isNotBlank().isNotEqualTo(inKazakh).doesNotContain(value.name());
    }
  }
}
