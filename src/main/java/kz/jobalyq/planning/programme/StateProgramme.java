package kz.jobalyq.planning.programme;

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

/**
 * A planning document of the State Planning System (a state programme unless its type says otherwise): its
 * identity, the routing its table gave at registration, the justification, and the dates of its life cycle.
 */
@Entity
@Table(name = "state_programme")
public class StateProgramme {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "programme_number", nullable = false, unique = true, length = 30)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false, length = 40)
  private PlanningDocumentType documentType;

  @Column(nullable = false, length = 500)
  private String name;

  @Column(name = "developer_body", nullable = false, length = 500)
  private String developerBody;

  @Column(name = "regional_part", nullable = false)
  private boolean regionalPart;

  @Column(name = "period_start_year", nullable = false)
  private int periodStartYear;

  @Column(name = "period_end_year", nullable = false)
  private int periodEndYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private StateProgrammeStatus status;

  @Column(name = "justification_required", nullable = false)
  private boolean justificationRequired;

  @Column(name = "regional_review", nullable = false)
  private boolean regionalReview;

  @Column(name = "public_discussion", nullable = false)
  private boolean publicDiscussion;

  @Column(name = "agreement_groups", nullable = false, length = 500)
  private String agreementGroups;

  @Column(name = "approver_group", nullable = false, length = 64)
  private String approverGroup;

  @Column(name = "action_plan_group", length = 64)
  private String actionPlanGroup;

  @Column(length = 4000)
  private String goal;

  @Column(name = "tasks_and_ways", length = 4000)
  private String tasksAndWays;

  @Column(name = "co_executors", length = 2000)
  private String coExecutors;

  @Column(name = "higher_documents_link", length = 4000)
  private String higherDocumentsLink;

  @Column(name = "duplication_analysis", length = 4000)
  private String duplicationAnalysis;

  @Column(name = "expected_effect", length = 4000)
  private String expectedEffect;

  @Column(name = "funding_sources", length = 2000)
  private String fundingSources;

  @Column(name = "funding_volume", precision = 19, scale = 2)
  private BigDecimal fundingVolume;

  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "decision_act", length = 200)
  private String decisionAct;

  @Column(name = "listed_on")
  private LocalDate listedOn;

  @Column(name = "list_act", length = 200)
  private String listAct;

  @Column(name = "discussion_until")
  private LocalDate discussionUntil;

  @Column(name = "approved_on")
  private LocalDate approvedOn;

  @Column(name = "approval_act", length = 200)
  private String approvalAct;

  @Column(name = "action_plan_approved_on")
  private LocalDate actionPlanApprovedOn;

  @Column(name = "action_plan_act", length = 200)
  private String actionPlanAct;

  @Column(name = "correction_round", nullable = false)
  private int correctionRound;

  @Column(name = "current_reporting_year")
  private Integer currentReportingYear;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected StateProgramme() {
  }

  StateProgramme(String number, JustificationInput input, DocumentRouting routing, String submittedBy,
      Instant submittedAt, String processInstanceId) {
    this.number = number;
    this.documentType = input.documentType();
    this.name = input.name().strip();
    this.developerBody = input.developerBody().strip();
    this.regionalPart = input.regionalPart();
    this.periodStartYear = input.periodStartYear();
    this.periodEndYear = input.periodEndYear();
    this.justificationRequired = routing.justificationRequired();
    this.regionalReview = routing.regionalReview();
    this.publicDiscussion = routing.publicDiscussion();
    this.agreementGroups = String.join(",", routing.agreementGroupList());
    this.approverGroup = routing.approverGroup();
    this.actionPlanGroup = routing.actionPlanGroup();
    this.goal = input.goal();
    this.tasksAndWays = input.tasksAndWays();
    this.coExecutors = input.coExecutors();
    this.higherDocumentsLink = input.higherDocumentsLink();
    this.duplicationAnalysis = input.duplicationAnalysis();
    this.expectedEffect = input.expectedEffect();
    this.fundingSources = input.fundingSources();
    this.fundingVolume = input.fundingVolume();
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.processInstanceId = processInstanceId;
    // Without a justification stage the developer drafts the document at once (A1 §38, §48).
    this.status = routing.justificationRequired() ? StateProgrammeStatus.JUSTIFICATION : StateProgrammeStatus.DRAFTING;
  }

  void moveTo(StateProgrammeStatus next) {
    this.status = next;
  }

  void end(StateProgrammeStatus finalStatus, Instant at) {
    this.status = finalStatus;
    this.closedAt = at;
  }

  void recordDecision(LocalDate on, String act, String developer) {
    this.decidedOn = on;
    this.decisionAct = act;
    if (developer != null) {
      this.developerBody = developer;
    }
  }

  void recordList(LocalDate on, String act) {
    this.listedOn = on;
    this.listAct = act;
    this.status = StateProgrammeStatus.ON_LIST;
  }

  void openDiscussion(LocalDate until) {
    this.discussionUntil = until;
    this.status = StateProgrammeStatus.DRAFTING;
  }

  void approve(LocalDate on, String act) {
    this.approvedOn = on;
    this.approvalAct = act;
    this.status = StateProgrammeStatus.APPROVED;
  }

  void recordActionPlan(LocalDate on, String act) {
    this.actionPlanApprovedOn = on;
    this.actionPlanAct = act;
  }

  void startCorrection() {
    this.correctionRound++;
    this.status = StateProgrammeStatus.CORRECTION;
  }

  void openReportingYear(int year) {
    this.currentReportingYear = year;
    this.status = StateProgrammeStatus.IMPLEMENTING;
  }

  public List<String> agreementGroupList() {
    return List.of(agreementGroups.split(","));
  }

  /** "2026–2030": the period of implementation. */
  public String period() {
    return periodStartYear + "–" + periodEndYear;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public PlanningDocumentType getDocumentType() {
    return documentType;
  }

  public String getName() {
    return name;
  }

  public String getDeveloperBody() {
    return developerBody;
  }

  public boolean isRegionalPart() {
    return regionalPart;
  }

  public int getPeriodStartYear() {
    return periodStartYear;
  }

  public int getPeriodEndYear() {
    return periodEndYear;
  }

  public StateProgrammeStatus getStatus() {
    return status;
  }

  public boolean isJustificationRequired() {
    return justificationRequired;
  }

  public boolean isRegionalReview() {
    return regionalReview;
  }

  public boolean isPublicDiscussion() {
    return publicDiscussion;
  }

  public String getAgreementGroups() {
    return agreementGroups;
  }

  public String getApproverGroup() {
    return approverGroup;
  }

  public String getActionPlanGroup() {
    return actionPlanGroup;
  }

  public String getGoal() {
    return goal;
  }

  public String getTasksAndWays() {
    return tasksAndWays;
  }

  public String getCoExecutors() {
    return coExecutors;
  }

  public String getHigherDocumentsLink() {
    return higherDocumentsLink;
  }

  public String getDuplicationAnalysis() {
    return duplicationAnalysis;
  }

  public String getExpectedEffect() {
    return expectedEffect;
  }

  public String getFundingSources() {
    return fundingSources;
  }

  public BigDecimal getFundingVolume() {
    return fundingVolume;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getDecisionAct() {
    return decisionAct;
  }

  public LocalDate getListedOn() {
    return listedOn;
  }

  public String getListAct() {
    return listAct;
  }

  public LocalDate getDiscussionUntil() {
    return discussionUntil;
  }

  public LocalDate getApprovedOn() {
    return approvedOn;
  }

  public String getApprovalAct() {
    return approvalAct;
  }

  public LocalDate getActionPlanApprovedOn() {
    return actionPlanApprovedOn;
  }

  public String getActionPlanAct() {
    return actionPlanAct;
  }

  public int getCorrectionRound() {
    return correctionRound;
  }

  public Integer getCurrentReportingYear() {
    return currentReportingYear;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
