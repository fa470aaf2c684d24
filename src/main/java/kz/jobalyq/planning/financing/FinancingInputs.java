package kz.jobalyq.planning.financing;

import java.math.BigDecimal;

/**
 * What our API accepts. Enumerations and dates arrive as text so that a wrong value is answered with the
 * field's name and the values allowed, together with every other wrong field (400).
 */
public final class FinancingInputs {

  private FinancingInputs() {
  }

  /** A contract signed to implement the agreement; {@code parentReference} only for an addendum. */
  public record ContractInput(String reference, String type, String title, String contractor, BigDecimal amount,
      String signedOn, String parentReference) {
  }

  /** A payment the Commission made on a registered contract. */
  public record PaymentInput(String contractReference, String paymentReference, BigDecimal amount, String paidOn) {
  }

  /** The beneficiary asks to extend the operational or the closure phase (GC 4.4–4.5). */
  public record ExtensionInput(String phase, Integer months, String justification) {
  }

  /**
   * Either party proposes an amendment protocol (GC 17); {@code requestingParty} is needed only when the
   * caller's groups do not say which party they act for.
   */
  public record AmendmentInput(String subject, String justification, String effectiveOn, String waiverJustification,
      String requestingParty) {
  }

  /** The Commission suspends the agreement (GC 18). */
  public record SuspensionInput(String ground, String reason, String contractConsequences,
      String forceMajeureDetails) {
  }

  /** Use of the contingency reserve (TAP §13). */
  public record ContingencyInput(BigDecimal amount, String purpose) {
  }
}
