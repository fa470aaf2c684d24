package kz.jobalyq.project;

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

/** One week's status report, the "information board" of §96–§97. */
@Entity
@Table(name = "weekly_report")
public class WeeklyReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "week_start", nullable = false)
  private LocalDate weekStart;

  /**
   * The deadline a filed report was judged against (the task's due date when it was filed). Null while the
   * report is open: then the deadline is the open task's, which calendar edits and suspensions move.
   */
  @Column(name = "due_at")
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private WeeklyReportStatus status;

  @Column(length = 4000)
  private String deviations;

  @Column(name = "corrective_actions", length = 4000)
  private String correctiveActions;

  @Column(name = "control_events", length = 4000)
  private String controlEvents;

  @Column(length = 4000)
  private String forecast;

  @Column(name = "new_risks", length = 4000)
  private String newRisks;

  @Column(name = "propose_closure", nullable = false)
  private boolean proposeClosure;

  @Column(name = "filed_by", length = 100)
  private String filedBy;

  @Column(name = "filed_at")
  private Instant filedAt;

  protected WeeklyReport() {
  }

  WeeklyReport(Long projectId, LocalDate weekStart) {
    this.projectId = projectId;
    this.weekStart = weekStart;
    this.status = WeeklyReportStatus.DUE;
  }

  void markOverdue() {
    if (status == WeeklyReportStatus.DUE) {
      status = WeeklyReportStatus.OVERDUE;
    }
  }

  /** Filed; on time or late against {@code dueAt}, the report task's due date as it stands now. */
  void file(WeeklyReportInput input, String filedBy, Instant filedAt, Instant dueAt) {
    this.deviations = input.deviations();
    this.correctiveActions = input.correctiveActions();
    this.controlEvents = input.controlEventsReached();
    this.forecast = input.forecast();
    this.newRisks = input.newRisks();
    this.proposeClosure = input.proposeClosure();
    this.filedBy = filedBy;
    this.filedAt = filedAt;
    this.dueAt = dueAt;
    this.status = dueAt != null && filedAt.isAfter(dueAt) ? WeeklyReportStatus.FILED_LATE : WeeklyReportStatus.FILED;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getWeekStart() {
    return weekStart;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public WeeklyReportStatus getStatus() {
    return status;
  }

  public String getDeviations() {
    return deviations;
  }

  public boolean isProposeClosure() {
    return proposeClosure;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Instant getFiledAt() {
    return filedAt;
  }
}
