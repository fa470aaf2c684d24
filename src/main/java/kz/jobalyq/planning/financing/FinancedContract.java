package kz.jobalyq.planning.financing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contract of the register (GC 6): what was signed, when, for how much, and whether it is being paid. */
@Entity
@Table(name = "financed_contract")
public class FinancedContract {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agreement_id", nullable = false)
  private Long agreementId;

  @Column(name = "contract_reference", nullable = false, length = 100)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "contract_type", nullable = false, length = 20)
  private ContractType type;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(nullable = false, length = 500)
  private String contractor;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(name = "signed_on", nullable = false)
  private LocalDate signedOn;

  @Column(name = "parent_contract_id")
  private Long parentContractId;

  @Column(name = "payment_deadline_on")
  private LocalDate paymentDeadlineOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ContractStatus status;

  @Column(name = "cutoff_rule", nullable = false, length = 500)
  private String cutoffRule;

  @Column(name = "terminated_on")
  private LocalDate terminatedOn;

  @Column(name = "registered_by", length = 100)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  protected FinancedContract() {
  }

  FinancedContract(Long agreementId, String reference, ContractType type, String title, String contractor,
      BigDecimal amount, LocalDate signedOn, Long parentContractId, String cutoffRule, String registeredBy,
      Instant registeredAt) {
    this.agreementId = agreementId;
    this.reference = reference;
    this.type = type;
    this.title = title;
    this.contractor = contractor;
    this.amount = amount;
    this.signedOn = signedOn;
    this.parentContractId = parentContractId;
    this.paymentDeadlineOn = type.receivesPayments()
        ? signedOn.plusMonths(AgreementMonths.CONTRACT_PAYMENT_MONTHS) : null;
    this.status = ContractStatus.SIGNED;
    this.cutoffRule = cutoffRule;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
  }

  /** The contract's amount with its addenda (the register rows whose parent it is). */
  public BigDecimal valueWith(List<FinancedContract> addenda) {
    return addenda.stream().map(FinancedContract::getAmount).reduce(amount, BigDecimal::add);
  }

  /** What the contract binds of the EU contribution: its amount, or only what was paid once it terminated (GC 6.5). */
  public BigDecimal binds(BigDecimal paid) {
    return status == ContractStatus.AUTO_TERMINATED ? paid : amount;
  }

  void markInPayment() {
    if (status == ContractStatus.SIGNED) {
      status = ContractStatus.IN_PAYMENT;
    }
  }

  void terminate(LocalDate on) {
    status = ContractStatus.AUTO_TERMINATED;
    terminatedOn = on;
  }

  public Long getId() {
    return id;
  }

  public Long getAgreementId() {
    return agreementId;
  }

  public String getReference() {
    return reference;
  }

  public ContractType getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  public String getContractor() {
    return contractor;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public Long getParentContractId() {
    return parentContractId;
  }

  public LocalDate getPaymentDeadlineOn() {
    return paymentDeadlineOn;
  }

  public ContractStatus getStatus() {
    return status;
  }

  public String getCutoffRule() {
    return cutoffRule;
  }

  public LocalDate getTerminatedOn() {
    return terminatedOn;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }
}
