package kz.jobalyq.hiring;

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
import java.util.Locale;
import kz.jobalyq.system.i18n.UserLanguage;

/** A call for a project lead or consultant (§9): what the official site publishes and how the hiring went. */
@Entity
@Table(name = "hiring_call")
public class HiringCall {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "call_number", nullable = false, unique = true, length = 30)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(name = "call_scope", nullable = false, length = 20)
  private CallScope scope;

  @Enumerated(EnumType.STRING)
  @Column(name = "role_sought", nullable = false, length = 20)
  private RoleSought roleSought;

  @Column(name = "project_number", length = 30)
  private String projectNumber;

  /** The base direction whose implementation group runs the call: its tasks reach that group's people. */
  @Column(name = "base_direction_code", length = 30)
  private String baseDirectionCode;

  @Column(name = "project_name", nullable = false, length = 500)
  private String projectName;

  @Column(nullable = false, length = 500)
  private String customer;

  @Column(nullable = false, length = 4000)
  private String goals;

  @Column(name = "planned_deadlines", nullable = false, length = 2000)
  private String plannedDeadlines;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private HiringCallStatus status;

  @Column(name = "publication_round", nullable = false)
  private int publicationRound;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Column(name = "applications_until")
  private LocalDate applicationsUntil;

  @Column(name = "review_due_on")
  private LocalDate reviewDueOn;

  @Column(name = "interview_at")
  private Instant interviewAt;

  @Column(name = "interview_held_at")
  private Instant interviewHeldAt;

  @Column(name = "recording_reference", length = 500)
  private String recordingReference;

  @Column(name = "interview_notes", length = 4000)
  private String interviewNotes;

  @Column(name = "tie_broken_by_head", nullable = false)
  private boolean tieBrokenByHead;

  @Column(name = "selected_application_id")
  private Long selectedApplicationId;

  @Column(name = "conclusion_due_on")
  private LocalDate conclusionDueOn;

  @Column(name = "conclusion_published_on")
  private LocalDate conclusionPublishedOn;

  @Column(name = "appointment_decision_number", length = 100)
  private String appointmentDecisionNumber;

  @Column(name = "appointment_decision_date")
  private LocalDate appointmentDecisionDate;

  @Column(name = "contract_number", length = 100)
  private String contractNumber;

  @Column(name = "contract_date")
  private LocalDate contractDate;

  @Column(name = "contract_fee", precision = 19, scale = 2)
  private BigDecimal contractFee;

  @Column(name = "corrected_budget", precision = 19, scale = 2)
  private BigDecimal correctedBudget;

  @Column(name = "budget_period", length = 100)
  private String budgetPeriod;

  @Column(name = "project_lead_user_id", length = 64)
  private String projectLeadUserId;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "prepared_by", length = 100)
  private String preparedBy;

  @Column(name = "prepared_at", nullable = false)
  private Instant preparedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected HiringCall() {
  }

  HiringCall(String number, CallDraft draft, String preparedBy, Instant preparedAt, String processInstanceId) {
    this.number = number;
    this.preparedBy = preparedBy;
    this.preparedAt = preparedAt;
    this.processInstanceId = processInstanceId;
    this.status = HiringCallStatus.AWAITING_APPROVAL;
    revise(draft);
  }

  void placeIn(String baseDirectionCode) {
    this.baseDirectionCode = baseDirectionCode;
  }

  public String getPreparedBy() {
    return preparedBy;
  }

  public String getBaseDirectionCode() {
    return baseDirectionCode;
  }

  void revise(CallDraft draft) {
    this.scope = draft.scope();
    this.roleSought = draft.roleSought();
    this.projectNumber = draft.projectNumber() == null || draft.projectNumber().isBlank()
        ? null : draft.projectNumber().strip();
    this.projectName = draft.projectName().strip();
    this.customer = draft.customer().strip();
    this.goals = draft.goals().strip();
    this.plannedDeadlines = draft.plannedDeadlines().strip();
  }

  /** A short title for task names and the public list. */
  public String title() {
    return title(UserLanguage.KK);
  }

  /** The title in {@code language}: the role sought in it, the project's name as typed. */
  public String title(Locale language) {
    return roleSought.name(language) + ": " + projectName;
  }

  void sendForRevision() {
    status = HiringCallStatus.IN_REVISION;
  }

  void resubmit() {
    status = HiringCallStatus.AWAITING_APPROVAL;
  }

  void publish(LocalDate on, LocalDate until) {
    publicationRound++;
    publishedOn = on;
    applicationsUntil = until;
    reviewDueOn = null;
    interviewAt = null;
    interviewHeldAt = null;
    recordingReference = null;
    interviewNotes = null;
    tieBrokenByHead = false;
    selectedApplicationId = null;
    conclusionDueOn = null;
    conclusionPublishedOn = null;
    status = HiringCallStatus.OPEN;
  }

  void closeWindow(LocalDate reviewDue) {
    reviewDueOn = reviewDue;
    status = HiringCallStatus.UNDER_REVIEW;
  }

  void scheduleInterview(Instant at) {
    interviewAt = at;
  }

  void publishAdmittedList() {
    status = HiringCallStatus.INTERVIEW_SCHEDULED;
  }

  void recordInterview(Instant heldAt, String recording, String notes, Long selectedApplicationId,
      boolean tieBrokenByHead, LocalDate conclusionDue) {
    this.interviewHeldAt = heldAt;
    this.recordingReference = recording;
    this.interviewNotes = notes;
    this.selectedApplicationId = selectedApplicationId;
    this.tieBrokenByHead = tieBrokenByHead;
    this.conclusionDueOn = conclusionDue;
    this.status = selectedApplicationId == null ? HiringCallStatus.AWAITING_REPUBLICATION
        : HiringCallStatus.CONCLUSION_SIGNING;
  }

  void publishConclusion(LocalDate on) {
    conclusionPublishedOn = on;
    status = HiringCallStatus.CONCLUDED;
  }

  void recordAppointment(boolean appointed, String decisionNumber, LocalDate decisionDate) {
    appointmentDecisionNumber = decisionNumber;
    appointmentDecisionDate = decisionDate;
    status = appointed ? HiringCallStatus.APPOINTED : HiringCallStatus.AWAITING_REPUBLICATION;
  }

  void awaitRepublication() {
    status = HiringCallStatus.AWAITING_REPUBLICATION;
  }

  void recordContract(String number, LocalDate date, BigDecimal fee) {
    contractNumber = number;
    contractDate = date;
    contractFee = fee;
  }

  void recordBudgetCorrection(BigDecimal budget, String period) {
    correctedBudget = budget;
    budgetPeriod = period;
  }

  void assignProjectLead(String userId) {
    projectLeadUserId = userId;
  }

  void complete(Instant at) {
    status = HiringCallStatus.HIRED;
    closedAt = at;
  }

  void close(Instant at) {
    status = HiringCallStatus.CLOSED;
    closedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public CallScope getScope() {
    return scope;
  }

  public RoleSought getRoleSought() {
    return roleSought;
  }

  public String getProjectNumber() {
    return projectNumber;
  }

  public String getProjectName() {
    return projectName;
  }

  public String getCustomer() {
    return customer;
  }

  public String getGoals() {
    return goals;
  }

  public String getPlannedDeadlines() {
    return plannedDeadlines;
  }

  public HiringCallStatus getStatus() {
    return status;
  }

  public int getPublicationRound() {
    return publicationRound;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public LocalDate getApplicationsUntil() {
    return applicationsUntil;
  }

  public LocalDate getReviewDueOn() {
    return reviewDueOn;
  }

  public Instant getInterviewAt() {
    return interviewAt;
  }

  public Instant getInterviewHeldAt() {
    return interviewHeldAt;
  }

  public String getRecordingReference() {
    return recordingReference;
  }

  public String getInterviewNotes() {
    return interviewNotes;
  }

  public boolean isTieBrokenByHead() {
    return tieBrokenByHead;
  }

  public Long getSelectedApplicationId() {
    return selectedApplicationId;
  }

  public LocalDate getConclusionDueOn() {
    return conclusionDueOn;
  }

  public LocalDate getConclusionPublishedOn() {
    return conclusionPublishedOn;
  }

  public String getAppointmentDecisionNumber() {
    return appointmentDecisionNumber;
  }

  public LocalDate getAppointmentDecisionDate() {
    return appointmentDecisionDate;
  }

  public String getContractNumber() {
    return contractNumber;
  }

  public LocalDate getContractDate() {
    return contractDate;
  }

  public BigDecimal getContractFee() {
    return contractFee;
  }

  public BigDecimal getCorrectedBudget() {
    return correctedBudget;
  }

  public String getBudgetPeriod() {
    return budgetPeriod;
  }

  public String getProjectLeadUserId() {
    return projectLeadUserId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
