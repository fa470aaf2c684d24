package kz.jobalyq.planning.financing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A suspension by the Commission (GC 18) and how it ended: resumed, or — not resolved within 4 months —
 * terminated by either party with 2 months' notice (GC 19.1).
 */
@Entity
@Table(name = "agreement_suspension")
public class AgreementSuspension {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agreement_id", nullable = false)
  private Long agreementId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private SuspensionGround ground;

  @Column(nullable = false, length = 4000)
  private String reason;

  @Column(name = "contract_consequences", nullable = false, length = 4000)
  private String contractConsequences;

  @Column(name = "force_majeure_details", length = 4000)
  private String forceMajeureDetails;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SuspensionStatus status;

  @Column(name = "suspended_on", nullable = false)
  private LocalDate suspendedOn;

  @Column(name = "suspended_by", length = 100)
  private String suspendedBy;

  @Column(name = "unresolved_from", nullable = false)
  private LocalDate unresolvedFrom;

  @Column(name = "unresolved_marked_on")
  private LocalDate unresolvedMarkedOn;

  @Column(name = "resolved_on")
  private LocalDate resolvedOn;

  @Column(length = 4000)
  private String resolution;

  @Column(name = "notice_given_on")
  private LocalDate noticeGivenOn;

  @Column(name = "notice_given_by", length = 100)
  private String noticeGivenBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "notice_party", length = 20)
  private Party noticeParty;

  @Column(name = "notice_reason", length = 4000)
  private String noticeReason;

  @Column(name = "termination_effective_on")
  private LocalDate terminationEffectiveOn;

  protected AgreementSuspension() {
  }

  AgreementSuspension(Long agreementId, SuspensionGround ground, String reason, String contractConsequences,
      String forceMajeureDetails, LocalDate suspendedOn, String suspendedBy) {
    this.agreementId = agreementId;
    this.ground = ground;
    this.reason = reason;
    this.contractConsequences = contractConsequences;
    this.forceMajeureDetails = forceMajeureDetails;
    this.status = SuspensionStatus.IN_FORCE;
    this.suspendedOn = suspendedOn;
    this.suspendedBy = suspendedBy;
    this.unresolvedFrom = suspendedOn.plusMonths(AgreementMonths.SUSPENSION_UNRESOLVED_MONTHS);
  }

  void markUnresolved(LocalDate on) {
    this.status = SuspensionStatus.UNRESOLVED;
    this.unresolvedMarkedOn = on;
  }

  void resume(LocalDate on, String resolution) {
    this.status = SuspensionStatus.RESUMED;
    this.resolvedOn = on;
    this.resolution = resolution;
  }

  void giveNotice(LocalDate on, Party party, String by, String reason) {
    this.status = SuspensionStatus.NOTICE_GIVEN;
    this.noticeGivenOn = on;
    this.noticeParty = party;
    this.noticeGivenBy = by;
    this.noticeReason = reason;
    this.terminationEffectiveOn = on.plusMonths(AgreementMonths.TERMINATION_NOTICE_MONTHS);
  }

  void terminate() {
    this.status = SuspensionStatus.TERMINATED;
  }

  public Long getId() {
    return id;
  }

  public Long getAgreementId() {
    return agreementId;
  }

  public SuspensionGround getGround() {
    return ground;
  }

  public String getReason() {
    return reason;
  }

  public String getContractConsequences() {
    return contractConsequences;
  }

  public String getForceMajeureDetails() {
    return forceMajeureDetails;
  }

  public SuspensionStatus getStatus() {
    return status;
  }

  public LocalDate getSuspendedOn() {
    return suspendedOn;
  }

  public String getSuspendedBy() {
    return suspendedBy;
  }

  public LocalDate getUnresolvedFrom() {
    return unresolvedFrom;
  }

  public LocalDate getUnresolvedMarkedOn() {
    return unresolvedMarkedOn;
  }

  public LocalDate getResolvedOn() {
    return resolvedOn;
  }

  public String getResolution() {
    return resolution;
  }

  public LocalDate getNoticeGivenOn() {
    return noticeGivenOn;
  }

  public String getNoticeGivenBy() {
    return noticeGivenBy;
  }

  public Party getNoticeParty() {
    return noticeParty;
  }

  public String getNoticeReason() {
    return noticeReason;
  }

  public LocalDate getTerminationEffectiveOn() {
    return terminationEffectiveOn;
  }
}
