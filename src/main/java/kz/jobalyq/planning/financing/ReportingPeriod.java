package kz.jobalyq.planning.financing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One half-year of the agreement (t0 + 6(k−1) months → t0 + 6k months): the report submitted to the steering
 * committee every six months and the committee's meeting, held twice a year (TAP §7, §10).
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agreement_id", nullable = false)
  private Long agreementId;

  @Column(name = "period_number", nullable = false)
  private int number;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "report_reference", length = 200)
  private String reportReference;

  @Column(name = "report_summary", length = 4000)
  private String reportSummary;

  @Column(name = "report_submitted_by", length = 100)
  private String reportSubmittedBy;

  @Column(name = "report_submitted_at")
  private Instant reportSubmittedAt;

  @Column(name = "report_overdue", nullable = false)
  private boolean reportOverdue;

  @Column(name = "meeting_held_on")
  private LocalDate meetingHeldOn;

  @Column(name = "meeting_minutes_reference", length = 200)
  private String meetingMinutesReference;

  @Column(name = "meeting_decisions", length = 4000)
  private String meetingDecisions;

  @Column(name = "meeting_recorded_by", length = 100)
  private String meetingRecordedBy;

  @Column(name = "meeting_overdue", nullable = false)
  private boolean meetingOverdue;

  protected ReportingPeriod() {
  }

  ReportingPeriod(Long agreementId, int number, LocalDate startsOn, LocalDate endsOn) {
    this.agreementId = agreementId;
    this.number = number;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  void submitReport(String reference, String summary, String by, Instant at) {
    this.reportReference = reference;
    this.reportSummary = summary;
    this.reportSubmittedBy = by;
    this.reportSubmittedAt = at;
  }

  void recordMeeting(LocalDate heldOn, String minutesReference, String decisions, String by) {
    this.meetingHeldOn = heldOn;
    this.meetingMinutesReference = minutesReference;
    this.meetingDecisions = decisions;
    this.meetingRecordedBy = by;
  }

  void markReportOverdue() {
    this.reportOverdue = true;
  }

  void markMeetingOverdue() {
    this.meetingOverdue = true;
  }

  public Long getId() {
    return id;
  }

  public Long getAgreementId() {
    return agreementId;
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public String getReportReference() {
    return reportReference;
  }

  public String getReportSummary() {
    return reportSummary;
  }

  public String getReportSubmittedBy() {
    return reportSubmittedBy;
  }

  public Instant getReportSubmittedAt() {
    return reportSubmittedAt;
  }

  public boolean isReportOverdue() {
    return reportOverdue;
  }

  public LocalDate getMeetingHeldOn() {
    return meetingHeldOn;
  }

  public String getMeetingMinutesReference() {
    return meetingMinutesReference;
  }

  public String getMeetingDecisions() {
    return meetingDecisions;
  }

  public String getMeetingRecordedBy() {
    return meetingRecordedBy;
  }

  public boolean isMeetingOverdue() {
    return meetingOverdue;
  }
}
