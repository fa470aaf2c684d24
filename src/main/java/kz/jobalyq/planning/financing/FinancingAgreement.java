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

/**
 * A financing agreement with the European Union (seed 003): t0, its milestones in months, its budget
 * ceiling and contingency reserve, and where it stands. Changed only by {@link FinancingAgreementService} (suspended
 * and resumed by {@link AgreementSuspensions}).
 */
@Entity
@Table(name = "financing_agreement")
public class FinancingAgreement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agreement_number", nullable = false, unique = true, length = 30)
  private String number;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(name = "legal_basis", nullable = false, length = 500)
  private String legalBasis;

  @Column(name = "eu_contribution", nullable = false, precision = 19, scale = 2)
  private BigDecimal euContribution;

  @Column(name = "contingency_reserve", nullable = false, precision = 19, scale = 2)
  private BigDecimal contingencyReserve;

  @Column(name = "contingency_used", nullable = false, precision = 19, scale = 2)
  private BigDecimal contingencyUsed;

  @Column(name = "beneficiary_signed_on", nullable = false)
  private LocalDate beneficiarySignedOn;

  @Column(name = "commission_signed_on", nullable = false)
  private LocalDate commissionSignedOn;

  @Column(name = "entry_into_force_on", nullable = false)
  private LocalDate entryIntoForceOn;

  @Column(name = "cutoff_on", nullable = false)
  private LocalDate cutoffOn;

  @Column(name = "operational_ends_on", nullable = false)
  private LocalDate operationalEndsOn;

  @Column(name = "closure_ends_on", nullable = false)
  private LocalDate closureEndsOn;

  @Column(name = "balance_cancelled_on", nullable = false)
  private LocalDate balanceCancelledOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private AgreementStatus status;

  @Column(name = "cutoff_applied_on")
  private LocalDate cutoffAppliedOn;

  @Column(name = "cancelled_at_cutoff", precision = 19, scale = 2)
  private BigDecimal cancelledAtCutoff;

  @Column(name = "closure_started_on")
  private LocalDate closureStartedOn;

  @Column(name = "expired_on")
  private LocalDate expiredOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "end_reason", length = 2000)
  private String endReason;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "registered_by", length = 100)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  protected FinancingAgreement() {
  }

  FinancingAgreement(String number, AgreementDraft draft, String registeredBy, Instant registeredAt,
      String processInstanceId) {
    this.number = number;
    this.title = draft.title();
    this.legalBasis = draft.legalBasis();
    this.euContribution = draft.euContribution();
    this.contingencyReserve = draft.contingencyReserve();
    this.contingencyUsed = BigDecimal.ZERO;
    this.beneficiarySignedOn = draft.beneficiarySignedOn();
    this.commissionSignedOn = draft.commissionSignedOn();
    this.entryIntoForceOn = draft.entryIntoForce();
    this.cutoffOn = AgreementMonths.month(entryIntoForceOn, AgreementMonths.CUTOFF);
    this.operationalEndsOn = AgreementMonths.month(entryIntoForceOn, AgreementMonths.OPERATIONAL_END);
    this.closureEndsOn = AgreementMonths.month(entryIntoForceOn, AgreementMonths.CLOSURE_END);
    this.balanceCancelledOn = closureEndsOn.plusMonths(AgreementMonths.BALANCE_AFTER_CLOSURE);
    this.status = AgreementStatus.IN_FORCE_OPERATIONAL;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
    this.processInstanceId = processInstanceId;
  }

  /** The phase the dates say it is in on {@code day}: what a suspension returns to. */
  AgreementStatus phaseStatusOn(LocalDate day) {
    if (!day.isAfter(operationalEndsOn)) {
      return AgreementStatus.IN_FORCE_OPERATIONAL;
    }
    return day.isAfter(closureEndsOn) ? AgreementStatus.EXPIRED : AgreementStatus.CLOSURE;
  }

  /** The last day of {@code phase} as it stands now (after any extension). */
  public LocalDate endOf(AgreementPhase phase) {
    return phase == AgreementPhase.OPERATIONAL ? operationalEndsOn : closureEndsOn;
  }

  BigDecimal contingencyAvailable() {
    return contingencyReserve.subtract(contingencyUsed);
  }

  void applyCutoff(LocalDate on, BigDecimal cancelled) {
    this.cutoffAppliedOn = on;
    this.cancelledAtCutoff = cancelled;
  }

  void end(AgreementStatus finalStatus, LocalDate on, String reason) {
    this.status = finalStatus;
    this.endedOn = on;
    this.endReason = reason;
  }

  void startClosure(LocalDate on) {
    this.closureStartedOn = on;
    if (status != AgreementStatus.SUSPENDED) {
      this.status = AgreementStatus.CLOSURE;
    }
  }

  void expire(LocalDate on) {
    this.expiredOn = on;
    if (status != AgreementStatus.SUSPENDED) {
      this.status = AgreementStatus.EXPIRED;
    }
  }

  void suspend() {
    this.status = AgreementStatus.SUSPENDED;
  }

  void resume(LocalDate on) {
    this.status = phaseStatusOn(on);
  }

  /** Moves the end of {@code phase} and everything after it by {@code months} (GC 4.4–4.5). */
  void extend(AgreementPhase phase, int months) {
    if (phase == AgreementPhase.OPERATIONAL) {
      operationalEndsOn = operationalEndsOn.plusMonths(months);
    }
    closureEndsOn = closureEndsOn.plusMonths(months);
    balanceCancelledOn = closureEndsOn.plusMonths(AgreementMonths.BALANCE_AFTER_CLOSURE);
  }

  void useContingency(BigDecimal amount) {
    this.contingencyUsed = contingencyUsed.add(amount);
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public BigDecimal getEuContribution() {
    return euContribution;
  }

  public BigDecimal getContingencyReserve() {
    return contingencyReserve;
  }

  public BigDecimal getContingencyUsed() {
    return contingencyUsed;
  }

  public LocalDate getBeneficiarySignedOn() {
    return beneficiarySignedOn;
  }

  public LocalDate getCommissionSignedOn() {
    return commissionSignedOn;
  }

  public LocalDate getEntryIntoForceOn() {
    return entryIntoForceOn;
  }

  public LocalDate getCutoffOn() {
    return cutoffOn;
  }

  public LocalDate getOperationalEndsOn() {
    return operationalEndsOn;
  }

  public LocalDate getClosureEndsOn() {
    return closureEndsOn;
  }

  public LocalDate getBalanceCancelledOn() {
    return balanceCancelledOn;
  }

  public AgreementStatus getStatus() {
    return status;
  }

  public LocalDate getCutoffAppliedOn() {
    return cutoffAppliedOn;
  }

  public BigDecimal getCancelledAtCutoff() {
    return cancelledAtCutoff;
  }

  public LocalDate getClosureStartedOn() {
    return closureStartedOn;
  }

  public LocalDate getExpiredOn() {
    return expiredOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public String getEndReason() {
    return endReason;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }
}
