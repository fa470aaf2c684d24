package kz.jobalyq.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An initiative (бастама): a proposal registered in the system until a decision on its status (§49). */
@Entity
@Table(name = "initiative")
public class Initiative {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "initiative_number", nullable = false, unique = true, length = 30)
  private String number;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(name = "project_group_code", nullable = false, length = 30)
  private String projectGroupCode;

  @Column(name = "initiator_name", nullable = false, length = 300)
  private String initiatorName;

  @Column(nullable = false, length = 4000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "initiative_level", nullable = false, length = 20)
  private InitiativeLevel level;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private InitiativeStatus status;

  @Column(name = "priority_class", length = 20)
  private String priorityClass;

  @Column(name = "total_score")
  private Integer totalScore;

  @Column(name = "decision_body_group", length = 40)
  private String decisionBodyGroup;

  @Column(name = "status_reason", length = 4000)
  private String statusReason;

  @Column(name = "project_id")
  private Long projectId;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "proposed_by", length = 100)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected Initiative() {
  }

  Initiative(String number, InitiativeProposal proposal, String proposedBy, Instant proposedAt,
      String processInstanceId) {
    this.number = number;
    this.title = proposal.title();
    this.projectGroupCode = proposal.projectGroupCode();
    this.initiatorName = proposal.initiatorName();
    this.description = proposal.description();
    this.level = proposal.level();
    this.status = InitiativeStatus.INITIATIVE;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.processInstanceId = processInstanceId;
  }

  void classify(String priorityClass, int totalScore) {
    this.priorityClass = priorityClass;
    this.totalScore = totalScore;
  }

  void end(InitiativeStatus status, String reason, Instant at) {
    requireOpen();
    this.status = status;
    this.statusReason = reason;
    this.decidedAt = at;
  }

  void decidedBy(String decisionBodyGroup) {
    this.decisionBodyGroup = decisionBodyGroup;
  }

  void becameProject(Long projectId, Instant at) {
    requireOpen();
    this.status = InitiativeStatus.NEW_PROJECT;
    this.projectId = projectId;
    this.decidedAt = at;
  }

  private void requireOpen() {
    if (status != InitiativeStatus.INITIATIVE) {
      throw new IllegalStateException(number + " already has the status " + status);
    }
  }

  public Long getId() {
    return id;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public String getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getProjectGroupCode() {
    return projectGroupCode;
  }

  public String getInitiatorName() {
    return initiatorName;
  }

  public String getDescription() {
    return description;
  }

  public InitiativeLevel getLevel() {
    return level;
  }

  public InitiativeStatus getStatus() {
    return status;
  }

  public String getPriorityClass() {
    return priorityClass;
  }

  public Integer getTotalScore() {
    return totalScore;
  }

  public String getDecisionBodyGroup() {
    return decisionBodyGroup;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public Long getProjectId() {
    return projectId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }
}
