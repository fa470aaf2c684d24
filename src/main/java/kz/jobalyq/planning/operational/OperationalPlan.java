package kz.jobalyq.planning.operational;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A state body's operational plan for one year (seed 004): developed from the units' proposals after the
 * development plan is signed, approved by the first head or the chief of staff within 10 calendar days (§6),
 * monitored quarterly and corrected (§17–§18). Its activities are editions: {@link #draftVersion} is being
 * worked on, {@link #approvedVersion} is in force.
 */
@Entity
@Table(name = "operational_plan")
public class OperationalPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_number", nullable = false, unique = true, length = 30)
  private String number;

  @Column(name = "state_body_name", nullable = false, length = 500)
  private String stateBodyName;

  @Column(name = "development_plan_name", nullable = false, length = 500)
  private String developmentPlanName;

  @Column(name = "development_plan_number", length = 100)
  private String developmentPlanNumber;

  @Column(name = "development_plan_signed_on", nullable = false)
  private LocalDate developmentPlanSignedOn;

  @Column(name = "plan_year", nullable = false)
  private int planYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private OperationalPlanStatus status;

  @Column(name = "approval_overdue", nullable = false)
  private boolean approvalOverdue;

  @Column(name = "draft_version", nullable = false)
  private int draftVersion;

  @Column(name = "approved_version")
  private Integer approvedVersion;

  @Column(name = "first_approved_on")
  private LocalDate firstApprovedOn;

  @Column(name = "approved_by", length = 100)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "registered_by", length = 100)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected OperationalPlan() {
  }

  OperationalPlan(String number, PlanRegistration registration, String registeredBy, Instant registeredAt,
      String processInstanceId) {
    this.number = number;
    this.stateBodyName = registration.stateBodyName().strip();
    this.developmentPlanName = registration.developmentPlanName().strip();
    this.developmentPlanNumber = registration.developmentPlanNumber() == null
        || registration.developmentPlanNumber().isBlank() ? null : registration.developmentPlanNumber().strip();
    this.developmentPlanSignedOn = registration.developmentPlanSignedOn();
    this.planYear = registration.planYear();
    this.status = OperationalPlanStatus.PROPOSALS;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
    this.processInstanceId = processInstanceId;
  }

  void proposalsReceived() {
    status = OperationalPlanStatus.ASSEMBLY;
  }

  /**
   * The edition an edit goes into: the pending draft if there is one, else a new one after the edition in force.
   * Edits to a draft nobody approved yet stay in that draft, so edition numbers count approvals.
   */
  int editionToEdit() {
    boolean pendingDraft = draftVersion > 0 && (approvedVersion == null || draftVersion > approvedVersion);
    if (!pendingDraft) {
      draftVersion++;
    }
    return draftVersion;
  }

  void submittedForApproval() {
    status = approvedVersion == null ? OperationalPlanStatus.APPROVAL : OperationalPlanStatus.CORRECTION_APPROVAL;
  }

  void approve(String by, Instant at, LocalDate on) {
    approvedVersion = draftVersion;
    approvedBy = by;
    approvedAt = at;
    if (firstApprovedOn == null) {
      firstApprovedOn = on;
    }
    status = OperationalPlanStatus.IN_EXECUTION;
  }

  void returnForRevision() {
    status = approvedVersion == null ? OperationalPlanStatus.ASSEMBLY : OperationalPlanStatus.CORRECTION;
  }

  void startCorrection() {
    status = OperationalPlanStatus.CORRECTION;
  }

  void markApprovalOverdue() {
    approvalOverdue = true;
  }

  void close(Instant at) {
    status = OperationalPlanStatus.CLOSED;
    closedAt = at;
  }

  public boolean isApproved() {
    return approvedVersion != null;
  }

  public boolean hasPendingDraft() {
    return draftVersion > 0 && (approvedVersion == null || draftVersion > approvedVersion);
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getStateBodyName() {
    return stateBodyName;
  }

  public String getDevelopmentPlanName() {
    return developmentPlanName;
  }

  public String getDevelopmentPlanNumber() {
    return developmentPlanNumber;
  }

  public LocalDate getDevelopmentPlanSignedOn() {
    return developmentPlanSignedOn;
  }

  public int getPlanYear() {
    return planYear;
  }

  public OperationalPlanStatus getStatus() {
    return status;
  }

  public boolean isApprovalOverdue() {
    return approvalOverdue;
  }

  public int getDraftVersion() {
    return draftVersion;
  }

  public Integer getApprovedVersion() {
    return approvedVersion;
  }

  public LocalDate getFirstApprovedOn() {
    return firstApprovedOn;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
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

  public Instant getClosedAt() {
    return closedAt;
  }
}
