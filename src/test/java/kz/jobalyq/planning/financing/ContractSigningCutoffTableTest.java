package kz.jobalyq.planning.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import kz.jobalyq.support.DecisionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** dmn/contract-signing-cutoff.dmn row by row: any contract by M36, only audit, evaluation and addenda after (GC 6). */
class ContractSigningCutoffTableTest {

  private static final DecisionTable TABLE =
      DecisionTable.of("contract-signing-cutoff.dmn", FinancingAgreementProcess.DECISION_CUTOFF);

  @ParameterizedTest(name = "{0} after M36={1} -> allowed={2} ({3})")
  @CsvSource({
      "SERVICE,      false, true,  Rule_SignedByCutoff",
      "GRANT,        false, true,  Rule_SignedByCutoff",
      "AUDIT,        false, true,  Rule_SignedByCutoff",
      "ADDENDUM,     false, true,  Rule_SignedByCutoff",
      "AUDIT,        true,  true,  Rule_AuditAfterCutoff",
      "EVALUATION,   true,  true,  Rule_EvaluationAfterCutoff",
      "ADDENDUM,     true,  true,  Rule_AddendumAfterCutoff",
      "SERVICE,      true,  false, Rule_OtherAfterCutoff",
      "GRANT,        true,  false, Rule_OtherAfterCutoff",
      "FRAMEWORK,    true,  false, Rule_OtherAfterCutoff",
      "SUPPLY,       true,  false, Rule_OtherAfterCutoff",
      "WORKS,        true,  false, Rule_OtherAfterCutoff",
      "CONTRIBUTION, true,  false, Rule_OtherAfterCutoff"})
  void row(String type, boolean afterCutoff, boolean allowed, String rule) {
    Map<String, Object> result = TABLE.evaluate(Map.of("contractType", type, "signedAfterCutoff", afterCutoff))
        .getSingleResult().getEntryMap();

    assertThat(result.get("allowed")).isEqualTo(allowed);
    assertThat(result.get("reason")).asString().contains(allowed && afterCutoff ? "GC 6.2" : "GC 6.1");
    assertThat(TABLE.matchedRules()).containsExactly(rule);
  }

  /** Every contract type of the register has exactly one answer on either side of M36 (hit policy UNIQUE). */
  @ParameterizedTest
  @EnumSource(ContractType.class)
  void everyTypeHasOneAnswerOnEitherSide(ContractType type) {
    for (boolean afterCutoff : new boolean[] {false, true}) {
      TABLE.evaluate(Map.of("contractType", type.name(), "signedAfterCutoff", afterCutoff)).getSingleResult();
      assertThat(TABLE.matchedRules()).hasSize(1);
    }
  }

  @Test
  void onlyAuditEvaluationAndAddendaPassTheCutoff() {
    assertThat(Arrays.stream(ContractType.values()).filter(type -> Boolean.TRUE.equals(
        TABLE.evaluate(Map.of("contractType", type.name(), "signedAfterCutoff", true)).getSingleResult()
            .getEntryMap().get("allowed"))))
        .containsExactlyInAnyOrder(ContractType.AUDIT, ContractType.EVALUATION, ContractType.ADDENDUM);
  }
}
