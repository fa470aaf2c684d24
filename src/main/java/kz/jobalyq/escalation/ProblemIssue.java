package kz.jobalyq.escalation;

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

/** A problem issue raised on a project and taken up the escalation chain until someone resolves it. */
@Entity
@Table(name = "problem_issue")
public class ProblemIssue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "problem_number", nullable = false, unique = true, length = 60)
  private String number;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(nullable = false, length = 4000)
  private String description;

  @Column(name = "date_at_risk")
  private LocalDate dateAtRisk;

  @Column(name = "proposed_solutions", length = 4000)
  private String proposedSolutions;

  @Column(name = "suggested_level")
  private Integer suggestedLevel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Severity severity;

  @Column(name = "schedule_at_risk", nullable = false)
  private boolean scheduleAtRisk;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ProblemSource source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ProblemStatus status;

  @Column(name = "current_level")
  private Integer currentLevel;

  @Column(name = "highest_level")
  private Integer highestLevel;

  @Column(name = "level_entered_at")
  private Instant levelEnteredAt;

  @Column(name = "automatic_escalations", nullable = false)
  private int automaticEscalations;

  @Column(name = "raised_by", length = 100)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(length = 4000)
  private String resolution;

  @Column(name = "resolved_level")
  private Integer resolvedLevel;

  @Column(name = "resolved_by", length = 100)
  private String resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected ProblemIssue() {
  }

  ProblemIssue(String number, Long projectId, RaisedProblem problem, ProblemSource source, String raisedBy,
      Instant raisedAt, String processInstanceId) {
    this.number = number;
    this.projectId = projectId;
    this.description = problem.description();
    this.dateAtRisk = problem.dateAtRisk();
    this.proposedSolutions = problem.proposedSolutions();
    this.suggestedLevel = problem.suggestedLevel();
    this.severity = problem.severity();
    this.scheduleAtRisk = problem.scheduleAtRisk();
    this.source = source;
    this.status = ProblemStatus.OPEN;
    this.raisedBy = raisedBy;
    this.raisedAt = raisedAt;
    this.processInstanceId = processInstanceId;
  }

  /** The problem is put before {@code level}; the highest level it reached is remembered for the board. */
  void enter(EscalationLevel level, Instant at) {
    requireOpen();
    this.status = ProblemStatus.OPEN;
    this.currentLevel = level.number();
    this.highestLevel = highestLevel == null ? level.number() : Math.max(highestLevel, level.number());
    this.levelEnteredAt = at;
  }

  /** The project lead names the date at risk when escalating a problem raised without one (§100). */
  void scheduleAtRiskOn(LocalDate date) {
    requireOpen();
    this.scheduleAtRisk = true;
    if (date != null) {
      this.dateAtRisk = date;
    }
  }

  void escalatedAutomatically() {
    automaticEscalations++;
  }

  void awaitInformation() {
    requireOpen();
    this.status = ProblemStatus.INFO_REQUESTED;
  }

  void resolve(String resolution, String resolvedBy, Instant at) {
    requireOpen();
    this.status = ProblemStatus.RESOLVED;
    this.resolution = resolution;
    this.resolvedLevel = currentLevel;
    this.resolvedBy = resolvedBy;
    this.resolvedAt = at;
  }

  private void requireOpen() {
    if (status == ProblemStatus.RESOLVED) {
      throw new IllegalStateException(number + " is already resolved");
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

  public String getDescription() {
    return description;
  }

  public LocalDate getDateAtRisk() {
    return dateAtRisk;
  }

  public String getProposedSolutions() {
    return proposedSolutions;
  }

  public Integer getSuggestedLevel() {
    return suggestedLevel;
  }

  public Severity getSeverity() {
    return severity;
  }

  public boolean isScheduleAtRisk() {
    return scheduleAtRisk;
  }

  public ProblemSource getSource() {
    return source;
  }

  public ProblemStatus getStatus() {
    return status;
  }

  public Integer getCurrentLevel() {
    return currentLevel;
  }

  public Integer getHighestLevel() {
    return highestLevel;
  }

  public Instant getLevelEnteredAt() {
    return levelEnteredAt;
  }

  public int getAutomaticEscalations() {
    return automaticEscalations;
  }

  public String getRaisedBy() {
    return raisedBy;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public String getResolution() {
    return resolution;
  }

  public Integer getResolvedLevel() {
    return resolvedLevel;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
