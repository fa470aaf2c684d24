package kz.jobalyq.change;

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
import java.util.Arrays;
import java.util.List;

/** "Change request. Change sheet" (seed 000 §105–§106) as kept in the project archive. */
@Entity
@Table(name = "change_request")
public class ChangeRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_number", nullable = false, unique = true, length = 60)
  private String number;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_type", nullable = false, length = 20)
  private ChangeRequestType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ChangeSubject subject;

  @Column(nullable = false, length = 4000)
  private String description;

  @Column(nullable = false, length = 4000)
  private String justification;

  @Column(name = "proposed_end_date")
  private LocalDate proposedEndDate;

  @Column(name = "proposed_budget", precision = 18, scale = 2)
  private BigDecimal proposedBudget;

  @Column(name = "proposed_scope", length = 4000)
  private String proposedScope;

  @Column(name = "proposed_quality", length = 4000)
  private String proposedQuality;

  @Column(name = "answer_needed_by")
  private LocalDate answerNeededBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ChangeRequestStatus status;

  @Column(name = "filed_by", length = 100)
  private String filedBy;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "refusal_reason", length = 40)
  private RefusalReason refusalReason;

  @Column(name = "refusal_grounds", length = 4000)
  private String refusalGrounds;

  @Column(name = "schedule_shift_days")
  private Integer scheduleShiftDays;

  @Column(name = "cost_change", precision = 18, scale = 2)
  private BigDecimal costChange;

  @Column(name = "scope_change", length = 4000)
  private String scopeChange;

  @Column(name = "quality_change", length = 4000)
  private String qualityChange;

  @Column(name = "baseline_affected")
  private Boolean baselineAffected;

  /** The end date the change applies, fixed at evaluation: the routing saw it, the baseline gets it. */
  @Column(name = "target_end_date")
  private LocalDate targetEndDate;

  /** The budget the change applies, fixed at evaluation (§106.4, §76). */
  @Column(name = "target_budget", precision = 18, scale = 2)
  private BigDecimal targetBudget;

  @Column(name = "budget_change_percent", precision = 9, scale = 2)
  private BigDecimal budgetChangePercent;

  @Column(name = "approver_groups", length = 200)
  private String approverGroups;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "review_due_at")
  private Instant reviewDueAt;

  @Column(name = "review_overdue", nullable = false)
  private boolean reviewOverdue;

  @Column(name = "applied_at")
  private Instant appliedAt;

  @Column(name = "stop_report_round", nullable = false)
  private int stopReportRound;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected ChangeRequest() {
  }

  ChangeRequest(String number, Long projectId, ChangeRequestDraft draft, String filedBy, Instant filedAt,
      String processInstanceId) {
    this.number = number;
    this.projectId = projectId;
    this.type = draft.type();
    this.subject = draft.subject();
    this.description = draft.description();
    this.justification = draft.justification();
    this.proposedEndDate = draft.proposedEndDate();
    this.proposedBudget = draft.proposedBudget();
    this.proposedScope = draft.proposedScope();
    this.proposedQuality = draft.proposedQuality();
    this.answerNeededBy = draft.answerNeededBy();
    this.status = ChangeRequestStatus.SUBMITTED;
    this.filedBy = filedBy;
    this.filedAt = filedAt;
    this.processInstanceId = processInstanceId;
  }

  void acceptForEvaluation() {
    requireStatus(ChangeRequestStatus.SUBMITTED);
    status = ChangeRequestStatus.UNDER_EVALUATION;
  }

  void refuseAtReview(RefusalReason reason, String grounds, Instant at) {
    requireStatus(ChangeRequestStatus.SUBMITTED);
    refusalReason = reason;
    refusalGrounds = grounds;
    status = ChangeRequestStatus.REFUSED;
    decidedAt = at;
  }

  void evaluate(int scheduleShiftDays, BigDecimal costChange, String scopeChange, String qualityChange,
      kz.jobalyq.project.BaselineEffect effect) {
    requireStatus(ChangeRequestStatus.UNDER_EVALUATION);
    this.scheduleShiftDays = scheduleShiftDays;
    this.costChange = costChange;
    this.scopeChange = scopeChange;
    this.qualityChange = qualityChange;
    // §106.5: the baseline plan is the schedule, the cost and the quality targets — as the change leaves them.
    this.baselineAffected = effect.baselineAffected();
    this.targetEndDate = effect.endAfter();
    this.targetBudget = effect.budgetAfter();
    Double percent = effect.budgetChangePercent();
    this.budgetChangePercent = percent == null ? null : BigDecimal.valueOf(percent);
    status = ChangeRequestStatus.AWAITING_DECISION;
  }

  void reviewDue(Instant dueAt) {
    this.reviewDueAt = dueAt;
  }

  /** The lead did not answer within the deadline: marked, escalated, nothing decided (§106.2). */
  void markReviewOverdue() {
    if (status == ChangeRequestStatus.SUBMITTED) {
      reviewOverdue = true;
    }
  }

  void routeTo(String approverGroups) {
    requireStatus(ChangeRequestStatus.AWAITING_DECISION);
    this.approverGroups = approverGroups;
  }

  void conclude(boolean approved, Instant at) {
    requireStatus(ChangeRequestStatus.AWAITING_DECISION);
    this.status = approved ? ChangeRequestStatus.ACCEPTED_FOR_EXECUTION : ChangeRequestStatus.REFUSED;
    this.decidedAt = at;
  }

  int nextStopReportRound() {
    requireStatus(ChangeRequestStatus.ACCEPTED_FOR_EXECUTION);
    return ++stopReportRound;
  }

  /** The accepted request took effect: schedule and baseline updated, or the project suspended/resumed/ended. */
  void applied(Instant at) {
    requireStatus(ChangeRequestStatus.ACCEPTED_FOR_EXECUTION);
    this.appliedAt = at;
  }

  private void requireStatus(ChangeRequestStatus expected) {
    if (status != expected) {
      throw new IllegalStateException(number + " is " + status + ", not " + expected);
    }
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Long getProjectId() {
    return projectId;
  }

  public ChangeRequestType getType() {
    return type;
  }

  public ChangeSubject getSubject() {
    return subject;
  }

  public String getDescription() {
    return description;
  }

  public String getJustification() {
    return justification;
  }

  public LocalDate getProposedEndDate() {
    return proposedEndDate;
  }

  public BigDecimal getProposedBudget() {
    return proposedBudget;
  }

  public String getProposedScope() {
    return proposedScope;
  }

  public String getProposedQuality() {
    return proposedQuality;
  }

  public LocalDate getAnswerNeededBy() {
    return answerNeededBy;
  }

  public ChangeRequestStatus getStatus() {
    return status;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public RefusalReason getRefusalReason() {
    return refusalReason;
  }

  public String getRefusalGrounds() {
    return refusalGrounds;
  }

  public Integer getScheduleShiftDays() {
    return scheduleShiftDays;
  }

  public BigDecimal getCostChange() {
    return costChange;
  }

  public String getScopeChange() {
    return scopeChange;
  }

  public String getQualityChange() {
    return qualityChange;
  }

  public Boolean getBaselineAffected() {
    return baselineAffected;
  }

  public LocalDate getTargetEndDate() {
    return targetEndDate;
  }

  public BigDecimal getTargetBudget() {
    return targetBudget;
  }

  public BigDecimal getBudgetChangePercent() {
    return budgetChangePercent;
  }

  public String getApproverGroups() {
    return approverGroups;
  }

  /** The groups the routing table chose, in its order; empty before routing. */
  public List<String> decidingGroups() {
    return approverGroups == null ? List.of()
        : Arrays.stream(approverGroups.split(",")).map(String::strip).filter(group -> !group.isEmpty()).toList();
  }

  /** The one group that decides this request alone; its decision task carries no variable naming it. */
  public String soleDecidingGroup() {
    List<String> groups = decidingGroups();
    if (groups.size() != 1) {
      throw new IllegalStateException("change request " + number + " is decided by " + groups
          + ", so each decision task must name its group");
    }
    return groups.get(0);
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Instant getReviewDueAt() {
    return reviewDueAt;
  }

  public boolean isReviewOverdue() {
    return reviewOverdue;
  }

  public int getStopReportRound() {
    return stopReportRound;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
