package kz.jobalyq.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Where a project stands in its life cycle; changed only by the project services, from its process. */
@Entity
@Table(name = "project_lifecycle")
public class ProjectLifecycle {

  @Id
  @Column(name = "project_id")
  private Long projectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ProjectStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ProjectPhase phase;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_before_suspension", length = 30)
  private ProjectStatus statusBeforeSuspension;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "project_scale", length = 20)
  private ProjectScale scale;

  @Column(name = "initiator_name", length = 300)
  private String initiatorName;

  @Column(name = "proposal_goal", length = 4000)
  private String proposalGoal;

  @Column(name = "proposal_scope", length = 4000)
  private String proposalScope;

  @Column(name = "expected_results", length = 4000)
  private String expectedResults;

  @Column(name = "planned_costs", precision = 18, scale = 2)
  private BigDecimal plannedCosts;

  @Column(name = "proposed_by", length = 100)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "closure_type", length = 20)
  private ClosureType closureType;

  @Column(name = "closure_round", nullable = false)
  private int closureRound;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "archive_sealed_at")
  private Instant archiveSealedAt;

  @Column(name = "suspended_at")
  private Instant suspendedAt;

  protected ProjectLifecycle() {
  }

  ProjectLifecycle(Long projectId, ProjectProposal proposal, String proposedBy, Instant proposedAt) {
    this.projectId = projectId;
    this.status = ProjectStatus.INITIATIVE;
    this.phase = ProjectPhase.INITIATION;
    this.initiatorName = proposal.initiatorName();
    this.proposalGoal = proposal.goal();
    this.proposalScope = proposal.scope();
    this.expectedResults = proposal.expectedResults();
    this.plannedCosts = proposal.plannedCosts();
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
  }

  void linkProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void enter(ProjectPhase phase) {
    this.phase = phase;
  }

  void changeStatus(ProjectStatus status) {
    this.status = status;
  }

  void scale(ProjectScale scale) {
    this.scale = scale;
  }

  int startClosure(ClosureType type) {
    this.closureType = type;
    return ++closureRound;
  }

  void close(Instant at) {
    this.status = closureType == ClosureType.FORCED ? ProjectStatus.FORCED_CLOSED : ProjectStatus.CLOSED;
    this.closedAt = at;
    this.archiveSealedAt = at;
  }

  void suspend(Instant at) {
    this.statusBeforeSuspension = status;
    this.status = ProjectStatus.SUSPENDED;
    this.suspendedAt = at;
  }

  /** Back to the status it had when suspended. */
  void resume() {
    this.status = statusBeforeSuspension == null ? ProjectStatus.PROJECT : statusBeforeSuspension;
    this.statusBeforeSuspension = null;
    this.suspendedAt = null;
  }

  /** The deadlines were moved on by the pause until {@code until}: a later resumption counts from there. */
  void pauseCreditedUntil(Instant until) {
    this.suspendedAt = until;
  }

  void terminate(Instant at) {
    this.status = ProjectStatus.TERMINATED;
    this.phase = ProjectPhase.COMPLETED;
    this.statusBeforeSuspension = null;
    this.closedAt = at;
    this.archiveSealedAt = at;
  }

  public Long getProjectId() {
    return projectId;
  }

  public ProjectStatus getStatus() {
    return status;
  }

  public ProjectPhase getPhase() {
    return phase;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public ProjectScale getScale() {
    return scale;
  }

  public String getInitiatorName() {
    return initiatorName;
  }

  public String getProposalGoal() {
    return proposalGoal;
  }

  public BigDecimal getPlannedCosts() {
    return plannedCosts;
  }

  public ClosureType getClosureType() {
    return closureType;
  }

  public int getClosureRound() {
    return closureRound;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Instant getSuspendedAt() {
    return suspendedAt;
  }

  public Instant getArchiveSealedAt() {
    return archiveSealedAt;
  }
}
