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
 * One reporting quarter of a plan: the units' information (004 §11–§14), the monitoring unit's report in the
 * Annex 2 form (§15–§16) and the officials' decision on it (§17–§18).
 */
@Entity
@Table(name = "operational_plan_quarter")
public class QuarterReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private Long planId;

  @Column(name = "quarter_no", nullable = false)
  private int quarter;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private QuarterStatus status;

  /** The plan edition the units reported on: the one in force when the reporting period opened. */
  @Column(name = "plan_version")
  private Integer planVersion;

  @Column(name = "period_starts_on", nullable = false)
  private LocalDate periodStartsOn;

  /** The day the rule names (the 10th of the month after the quarter, §13), before the calendar moves it. */
  @Column(name = "information_day", nullable = false)
  private LocalDate informationDay;

  @Column(name = "information_overdue", nullable = false)
  private boolean informationOverdue;

  @Column(name = "information_comment", length = 4000)
  private String informationComment;

  @Column(name = "information_submitted_by", length = 100)
  private String informationSubmittedBy;

  @Column(name = "information_submitted_at")
  private Instant informationSubmittedAt;

  /** The day the rule names (the 15th, §15), before the calendar moves it. */
  @Column(name = "report_day", nullable = false)
  private LocalDate reportDay;

  @Column(name = "report_overdue", nullable = false)
  private boolean reportOverdue;

  @Column(length = 4000)
  private String recommendations;

  @Column(name = "proposed_changes", length = 4000)
  private String proposedChanges;

  @Column(name = "report_submitted_by", length = 100)
  private String reportSubmittedBy;

  @Column(name = "report_submitted_at")
  private Instant reportSubmittedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private ReportDecision decision;

  @Column(length = 4000)
  private String measures;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected QuarterReport() {
  }

  QuarterReport(Long planId, ReportingSchedule schedule) {
    this.planId = planId;
    this.quarter = schedule.quarter();
    this.periodStartsOn = schedule.startsOn();
    this.informationDay = LocalDate.of(schedule.reportingYear(), schedule.reportingMonth(), schedule.informationDay());
    this.reportDay = LocalDate.of(schedule.reportingYear(), schedule.reportingMonth(), schedule.reportDay());
    this.status = QuarterStatus.SCHEDULED;
  }

  void openInformation(int planVersion) {
    if (this.planVersion == null) {
      this.planVersion = planVersion;
    }
    status = QuarterStatus.INFORMATION;
  }

  void recordInformation(String comment, String by, Instant at) {
    informationComment = comment;
    informationSubmittedBy = by;
    informationSubmittedAt = at;
    status = QuarterStatus.MONITORING;
  }

  void recordReport(String recommendations, String proposedChanges, String by, Instant at) {
    this.recommendations = recommendations;
    this.proposedChanges = proposedChanges;
    reportSubmittedBy = by;
    reportSubmittedAt = at;
    status = QuarterStatus.DECISION;
  }

  void decide(ReportDecision decision, String measures, String by, Instant at) {
    this.decision = decision;
    this.measures = measures;
    decidedBy = by;
    decidedAt = at;
    status = decision == ReportDecision.CORRECTION ? QuarterStatus.CORRECTION : QuarterStatus.DECISION;
  }

  void markInformationOverdue() {
    informationOverdue = true;
  }

  void markReportOverdue() {
    reportOverdue = true;
  }

  void close(Instant at) {
    status = QuarterStatus.CLOSED;
    closedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getPlanId() {
    return planId;
  }

  public int getQuarter() {
    return quarter;
  }

  public QuarterStatus getStatus() {
    return status;
  }

  public Integer getPlanVersion() {
    return planVersion;
  }

  public LocalDate getPeriodStartsOn() {
    return periodStartsOn;
  }

  public LocalDate getInformationDay() {
    return informationDay;
  }

  public boolean isInformationOverdue() {
    return informationOverdue;
  }

  public String getInformationComment() {
    return informationComment;
  }

  public String getInformationSubmittedBy() {
    return informationSubmittedBy;
  }

  public Instant getInformationSubmittedAt() {
    return informationSubmittedAt;
  }

  public LocalDate getReportDay() {
    return reportDay;
  }

  public boolean isReportOverdue() {
    return reportOverdue;
  }

  public String getRecommendations() {
    return recommendations;
  }

  public String getProposedChanges() {
    return proposedChanges;
  }

  public String getReportSubmittedBy() {
    return reportSubmittedBy;
  }

  public Instant getReportSubmittedAt() {
    return reportSubmittedAt;
  }

  public ReportDecision getDecision() {
    return decision;
  }

  public String getMeasures() {
    return measures;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
