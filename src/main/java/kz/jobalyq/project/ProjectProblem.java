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

/** A problem a weekly report names for escalation, recorded for the escalation process to take up. */
@Entity
@Table(name = "project_problem")
public class ProjectProblem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "weekly_report_id")
  private Long weeklyReportId;

  @Column(nullable = false, length = 4000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision_level", length = 40)
  private DecisionLevel decisionLevel;

  @Column(name = "date_at_risk")
  private LocalDate dateAtRisk;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ProblemStatus status;

  @Column(name = "raised_by", length = 100)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "escalation_number", length = 60)
  private String escalationNumber;

  protected ProjectProblem() {
  }

  ProjectProblem(Long projectId, Long weeklyReportId, WeeklyReportInput.Problem problem, String raisedBy,
      Instant raisedAt) {
    this.projectId = projectId;
    this.weeklyReportId = weeklyReportId;
    this.description = problem.description();
    this.decisionLevel = problem.decisionLevel();
    this.dateAtRisk = problem.dateAtRisk();
    this.status = ProblemStatus.RECORDED;
    this.raisedBy = raisedBy;
    this.raisedAt = raisedAt;
  }

  void escalated(String escalationNumber) {
    this.escalationNumber = escalationNumber;
    this.status = ProblemStatus.ESCALATED;
  }

  public String getEscalationNumber() {
    return escalationNumber;
  }

  public Long getId() {
    return id;
  }

  public Long getProjectId() {
    return projectId;
  }

  public String getDescription() {
    return description;
  }

  public DecisionLevel getDecisionLevel() {
    return decisionLevel;
  }

  public LocalDate getDateAtRisk() {
    return dateAtRisk;
  }

  public ProblemStatus getStatus() {
    return status;
  }
}
