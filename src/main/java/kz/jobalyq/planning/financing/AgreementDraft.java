package kz.jobalyq.planning.financing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The signed agreement as registered from the start form. */
public record AgreementDraft(String title, String legalBasis, BigDecimal euContribution, BigDecimal contingencyReserve,
    LocalDate beneficiarySignedOn, LocalDate commissionSignedOn) {

  /** t0: entry into force is the date of the last signature (SC 7). */
  public LocalDate entryIntoForce() {
    return beneficiarySignedOn.isAfter(commissionSignedOn) ? beneficiarySignedOn : commissionSignedOn;
  }
}
