package kz.jobalyq.initiative;

import java.util.List;
import java.util.Map;

/**
 * The six stages of seed 000 §50 with the fields each stage's form gives: which are required, which
 * are lists (dynamic lists in the form) and which rows of a list must be filled.
 */
public enum InitiativeStage {
  PRIORITY_LIST(1, List.of("alignmentScore", "efficiencyScore", "socialScore", "beneficiaryScore", "resourceScore"),
      List.of("alignmentNote", "efficiencyNote", "socialNote", "beneficiaryNote", "resourceNote"), Map.of()),
  INFORMATION_BULLETIN(2, List.of("sectorAnalysis", "internationalComparison", "adoptionConsequences"),
      List.of("planningDocumentsChange", "planningDocumentsToChange"), Map.of()),
  DECISION_TREE(3, List.of(), List.of(),
      Map.of("decisionFactors", List.of("factor", "factorRisks", "alternatives"))),
  KEY_PROBLEMS(4, List.of("problemArea", "solutionJustification", "solutionExamples", "stakeholderInvolvement"),
      List.of(), Map.of()),
  IMPACT_ASSESSMENT(5, List.of("effectForecast"),
      List.of("gdpGrowth", "jobsCreated", "wageGrowth", "otherIndicators", "changesLegalActs", "regulatoryImpact"),
      Map.of()),
  POTENTIAL_DECISION(6, List.of("passportName", "initiatorSurname", "initiatorFirstName", "initiatorIin",
      "curatorName", "passportDirection", "keyIndicators", "economicEffect"),
      List.of("initiatorPatronymic", "initiatorPosition"),
      Map.of("passportActions", List.of("actionName", "actionDeadline")));

  /** The five criteria of stage 1 are scored 0 (does not meet) to 5 (fully meets). */
  public static final int MAX_SCORE = 5;

  private final int number;
  private final List<String> requiredFields;
  private final List<String> optionalFields;
  /** Lists the stage needs at least one row of, with the fields each row must fill. */
  private final Map<String, List<String>> requiredLists;

  InitiativeStage(int number, List<String> requiredFields, List<String> optionalFields,
      Map<String, List<String>> requiredLists) {
    this.number = number;
    this.requiredFields = requiredFields;
    this.optionalFields = optionalFields;
    this.requiredLists = requiredLists;
  }

  public int number() {
    return number;
  }

  public List<String> requiredFields() {
    return requiredFields;
  }

  public List<String> optionalFields() {
    return optionalFields;
  }

  public Map<String, List<String>> requiredLists() {
    return requiredLists;
  }

  /** Every field name of the stage's form: what is stored and what a rework puts back. */
  public List<String> allFields() {
    return java.util.stream.Stream.of(requiredFields.stream(), optionalFields.stream(),
        requiredLists.keySet().stream()).flatMap(s -> s).toList();
  }

  public static InitiativeStage of(int number) {
    for (InitiativeStage stage : values()) {
      if (stage.number == number) {
        return stage;
      }
    }
    throw new IllegalArgumentException("stage must be 1 to 6, was " + number);
  }
}
