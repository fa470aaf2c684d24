package kz.jobalyq.planning.financing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A payment the Commission made on a contract for the beneficiary (TAP §13: project aid, no tranches). */
@Entity
@Table(name = "contract_payment")
public class ContractPayment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agreement_id", nullable = false)
  private Long agreementId;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(name = "payment_reference", nullable = false, length = 100)
  private String reference;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(name = "paid_on", nullable = false)
  private LocalDate paidOn;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ContractPayment() {
  }

  ContractPayment(Long agreementId, Long contractId, String reference, BigDecimal amount, LocalDate paidOn,
      String recordedBy, Instant recordedAt) {
    this.agreementId = agreementId;
    this.contractId = contractId;
    this.reference = reference;
    this.amount = amount;
    this.paidOn = paidOn;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public static BigDecimal total(List<ContractPayment> payments) {
    return payments.stream().map(ContractPayment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public Long getId() {
    return id;
  }

  public Long getAgreementId() {
    return agreementId;
  }

  public Long getContractId() {
    return contractId;
  }

  public String getReference() {
    return reference;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
