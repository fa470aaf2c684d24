package kz.jobalyq.planning.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import kz.jobalyq.support.DecisionTable;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/planning-document-routing.dmn, dmn/planning-monitoring-calendar.dmn and dmn/planning-evaluation.dmn row by row. */
class PlanningTablesTest {

  private static final DecisionTable ROUTING =
      DecisionTable.of("planning-document-routing.dmn", StateProgrammeProcess.DECISION_ROUTING);
  private static final DecisionTable CALENDAR =
      DecisionTable.of("planning-monitoring-calendar.dmn", StateProgrammeProcess.DECISION_MONITORING_CALENDAR);
  private static final DecisionTable EVALUATION =
      DecisionTable.of("planning-evaluation.dmn", StateProgrammeProcess.DECISION_EVALUATION);

  @ParameterizedTest(name = "{0}, regional {1} -> {8}")
  @CsvSource(delimiter = '|', value = {
      "STATE_PROGRAMME      | true  | true  | true  | true  | co-executor,state-planning-authority,regional-development-authority | presidential-administration | government      | Rule_StateProgrammeRegional",
      "STATE_PROGRAMME      | false | true  | false | true  | co-executor,state-planning-authority                                 | presidential-administration | government      | Rule_StateProgramme",
      "STRATEGIC_DEVELOPMENT_PLAN | false | false | false | false | co-executor                                                   | presidential-administration | —               | Rule_StrategicDevelopmentPlan",
      "STRATEGIC_PLAN       | false | false | false | false | state-planning-authority                                             | government                  | —               | Rule_StrategicPlan",
      "STRATEGIC_PLAN       | true  | false | false | false | state-planning-authority                                             | government                  | —               | Rule_StrategicPlan",
      "LOCAL_STRATEGIC_PLAN | false | false | false | false | state-planning-authority                                             | state-body-head             | —               | Rule_LocalStrategicPlan",
      "OBLAST_PROGRAMME     | true  | false | false | false | regional-development-authority,state-planning-authority,co-executor  | state-body-head             | state-body-head | Rule_OblastProgramme",
      "DISTRICT_PROGRAMME   | false | false | false | false | state-planning-authority,co-executor                                 | state-body-head             | state-body-head | Rule_DistrictProgramme"})
  void routing(String type, boolean regional, boolean justification, boolean regionalReview, boolean discussion,
      String agreement, String approver, String actionPlan, String rule) {
    DmnDecisionRuleResult row = ROUTING.evaluate(Map.of("documentType", type, "regionalPart", regional))
        .getSingleResult();

    assertThat(ROUTING.matchedRules()).first().isEqualTo(rule);
    assertThat(row.<Boolean>getEntry("justificationRequired")).isEqualTo(justification);
    assertThat(row.<Boolean>getEntry("regionalReview")).isEqualTo(regionalReview);
    assertThat(row.<Boolean>getEntry("publicDiscussion")).isEqualTo(discussion);
    assertThat(row.<String>getEntry("agreementGroups")).isEqualTo(agreement);
    assertThat(row.<String>getEntry("approverGroup")).isEqualTo(approver);
    assertThat(row.<String>getEntry("actionPlanGroup")).isEqualTo(actionPlan);
  }

  @ParameterizedTest(name = "routing has no row for {0}")
  @CsvSource({"NATIONAL_SECURITY_STRATEGY", "UNKNOWN"})
  void routingKnowsOnlyTheDocumentTypesItNames(String type) {
    assertThat(ROUTING.evaluate(Map.of("documentType", type, "regionalPart", false)).getResultList()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {9}")
  @CsvSource(delimiter = '|', value = {
      "STATE_PROGRAMME      | 02-15 | co-executor | 03-10 | programme-developer | 03-25 | state-planning-authority | 04-10 | government | Rule_StateProgramme",
      "STRATEGIC_DEVELOPMENT_PLAN | 06-01 | co-executor | 07-01 | state-planning-authority | — | — | 07-15 | government | Rule_StrategicDevelopmentPlan",
      "STRATEGIC_PLAN       | —     | —           | 02-20 | programme-developer | 03-01 | state-planning-authority | 03-15 | government | Rule_StrategicPlan",
      "LOCAL_STRATEGIC_PLAN | —     | —           | 01-20 | programme-developer | —     | —                        | —     | —          | Rule_LocalStrategicPlan",
      "DISTRICT_PROGRAMME   | 01-20 | co-executor | 02-01 | programme-developer | —     | —                        | —     | —          | Rule_DistrictProgramme",
      "OBLAST_PROGRAMME     | 02-01 | co-executor | 02-15 | programme-developer | —     | —                        | —     | —          | Rule_OblastProgramme"})
  void monitoringCalendar(String type, String infoDate, String infoGroup, String reportDate, String reportGroup,
      String conclusionDate, String conclusionGroup, String finalDate, String finalGroup, String rule) {
    DmnDecisionRuleResult row = CALENDAR.evaluate(Map.of("documentType", type)).getSingleResult();

    assertThat(CALENDAR.matchedRules()).containsExactly(rule);
    assertThat(row.getEntryMap()).containsAllEntriesOf(Map.of(
        "infoDate", infoDate, "infoGroup", infoGroup, "reportDate", reportDate, "reportGroup", reportGroup,
        "conclusionDate", conclusionDate, "conclusionGroup", conclusionGroup, "finalDate", finalDate,
        "finalGroup", finalGroup));
  }

  @ParameterizedTest(name = "{0} year {1} (last {2}) -> {3}")
  @CsvSource(delimiter = '|', value = {
      "STATE_PROGRAMME | 1 | false | NONE    | —                        | —     | Rule_NoEvaluation",
      "STATE_PROGRAMME | 2 | false | NONE    | —                        | —     | Rule_NoEvaluation",
      "STATE_PROGRAMME | 3 | false | INTERIM | state-planning-authority | 03-25 | Rule_StateProgrammeInterim",
      "STATE_PROGRAMME | 4 | false | NONE    | —                        | —     | Rule_NoEvaluation",
      "STATE_PROGRAMME | 6 | false | INTERIM | state-planning-authority | 03-25 | Rule_StateProgrammeInterim",
      "STATE_PROGRAMME | 5 | true  | FINAL   | state-planning-authority | 03-25 | Rule_StateProgrammeFinal",
      "STATE_PROGRAMME | 3 | true  | FINAL   | state-planning-authority | 03-25 | Rule_StateProgrammeFinal",
      "STRATEGIC_PLAN  | 3 | false | NONE    | —                        | —     | Rule_NoEvaluation",
      "OBLAST_PROGRAMME | 5 | true | NONE    | —                        | —     | Rule_NoEvaluation"})
  void evaluation(String type, int yearIndex, boolean lastYear, String kind, String group, String date, String rule) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("documentType", type);
    facts.put("yearIndex", yearIndex);
    facts.put("lastYear", lastYear);
    DmnDecisionRuleResult row = EVALUATION.evaluate(facts).getSingleResult();

    assertThat(EVALUATION.matchedRules()).first().isEqualTo(rule);
    assertThat(row.getEntryMap()).containsAllEntriesOf(Map.of(
        "evaluationKind", kind, "evaluationGroup", group, "evaluationDate", date));
  }
}
