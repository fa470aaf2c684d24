package kz.jobalyq.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import kz.jobalyq.support.DecisionTable;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dmn/change-approval-routing.dmn, as deployed from the models folder, row by row. */
class ChangeApprovalRoutingTest {

  private static final DecisionTable TABLE =
      DecisionTable.of("change-approval-routing.dmn", ChangeRequestProcess.DECISION_APPROVAL_ROUTING);

  @ParameterizedTest(name = "{0}: {1}, baseline={2}, regulated={3}, budget {4}% -> {5}")
  @CsvSource(nullValues = "null", value = {
      // Rule_RegulatedSuspendOrTerminate: the programme steering committee, with the Office (§112)
      "Rule_RegulatedSuspendOrTerminate, SUSPEND, false, true, null, steering-committee",
      "Rule_RegulatedSuspendOrTerminate, TERMINATE, true, true, 50, steering-committee",
      // Rule_SuspendOrTerminate: project group head and implementation group lead (§111)
      "Rule_SuspendOrTerminate, SUSPEND, false, false, null, 'project-group-head,bd-group-lead'",
      "Rule_SuspendOrTerminate, TERMINATE, null, null, null, 'project-group-head,bd-group-lead'",
      // Rule_LargeBudgetChange: 10% or more also goes to the approver of the baseline plan (§76)
      "Rule_LargeBudgetChange, CHANGE, true, false, 10, 'project-group-head,bd-group-lead'",
      "Rule_LargeBudgetChange, CHANGE, true, true, 35.5, 'project-group-head,bd-group-lead'",
      // Rule_BaselineChange: the project group head (§106.6)
      "Rule_BaselineChange, CHANGE, true, false, 9.99, project-group-head",
      "Rule_BaselineChange, CHANGE, true, true, null, project-group-head",
      // Rule_NoBaselineChange: the project lead decides (§106.5)
      "Rule_NoBaselineChange, CHANGE, false, false, 0, project-lead",
      "Rule_NoBaselineChange, CHANGE, false, true, 25, project-lead"})
  void routesEachKindOfRequestToItsDecisionLevel(String rule, String requestType, Boolean baselineAffected,
      Boolean projectRegulated, Double budgetChangePercent, String approverGroups) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("requestType", requestType);
    variables.put("baselineAffected", baselineAffected);
    variables.put("projectRegulated", projectRegulated);
    variables.put("budgetChangePercent", budgetChangePercent);

    DmnDecisionTableResult result = TABLE.evaluate(variables);

    assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo(approverGroups);
    assertThat(TABLE.matchedRules()).as("FIRST hit policy: the first matching row decides").first().isEqualTo(rule);
  }
}
