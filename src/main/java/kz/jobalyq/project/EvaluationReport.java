package kz.jobalyq.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The portfolio curator's evaluation of the project's results (seed 001 §47–§50). */
@Entity
@Table(name = "evaluation_report")
public class EvaluationReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "final_result", nullable = false, length = 4000)
  private String finalResult;

  @Column(name = "budget_absorption_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal budgetAbsorptionPercent;

  @Column(nullable = false, length = 4000)
  private String lessons;

  @Column(length = 4000)
  private String conclusion;

  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected EvaluationReport() {
  }

  EvaluationReport(Long projectId, String finalResult, BigDecimal budgetAbsorptionPercent, String lessons,
      String conclusion, String submittedBy, Instant submittedAt) {
    this.projectId = projectId;
    this.finalResult = finalResult;
    this.budgetAbsorptionPercent = budgetAbsorptionPercent;
    this.lessons = lessons;
    this.conclusion = conclusion;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public String getFinalResult() {
    return finalResult;
  }

  public BigDecimal getBudgetAbsorptionPercent() {
    return budgetAbsorptionPercent;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
