package kz.jobalyq.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.jobalyq.support.DecisionTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/candidate-eligibility.dmn row by row: the §9 requirements, programme values for a programme. */
class CandidateEligibilityTableTest {

  private static final DecisionTable TABLE =
      DecisionTable.of("candidate-eligibility.dmn", HiringProcess.DECISION_ELIGIBILITY);

  @ParameterizedTest(name = "{0} {1} inField={2} field={3} pm={4} cert={5} -> {6} ({7})")
  @CsvSource({
      "PROJECT,   SECONDARY_VOCATIONAL, true,  10, 10, true,  false, Rule_NoHigherEducation",
      "PROJECT,   SECONDARY,            true,  10, 10, true,  false, Rule_NoHigherEducation",
      "PROJECT,   HIGHER,               false, 10, 10, true,  false, Rule_EducationNotInField",
      "PROJECT,   HIGHER,               true,  2.9, 10, true, false, Rule_ProjectFieldExperience",
      "PROGRAMME, HIGHER,               true,  4.5, 10, true, false, Rule_ProgrammeFieldExperience",
      "PROJECT,   POSTGRADUATE,         true,  3,  0.5, true, false, Rule_ProjectManagementPractice",
      "PROGRAMME, HIGHER,               true,  5,  2.5, true, false, Rule_ProgrammeManagementPractice",
      "PROJECT,   HIGHER,               true,  3,  1,  false, false, Rule_NoCertificate",
      "PROJECT,   HIGHER,               true,  3,  1,  true,  true,  Rule_Eligible",
      "PROGRAMME, POSTGRADUATE,         true,  5,  3,  true,  true,  Rule_Eligible",
      "PROJECT,   HIGHER,               true,  4,  2,  true,  true,  Rule_Eligible"})
  void eligibility(String scope, String education, boolean inField, double fieldYears, double pmYears,
      boolean certificate, boolean eligible, String rule) {
    Map<String, Object> facts = Map.of("callScope", scope, "education", education, "educationInField", inField,
        "fieldExperienceYears", fieldYears, "projectManagementYears", pmYears, "hasCertificate", certificate);

    Map<String, Object> result = TABLE.evaluate(facts).getSingleResult().getEntryMap();
    assertThat(result.get("eligible")).isEqualTo(eligible);
    assertThat(result.get("reason")).asString().isNotBlank();
    assertThat(TABLE.matchedRules()).first().isEqualTo(rule);
  }
}
