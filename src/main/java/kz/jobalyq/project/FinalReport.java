package kz.jobalyq.project;

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

/** The final report on the project's completion, the eight parts of §120; one per closure attempt. */
@Entity
@Table(name = "final_report")
public class FinalReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Enumerated(EnumType.STRING)
  @Column(name = "closure_type", nullable = false, length = 20)
  private ClosureType closureType;

  @Column(name = "closure_round", nullable = false)
  private int closureRound;

  @Column(name = "goal_and_results", nullable = false, length = 4000)
  private String goalAndResults;

  @Column(name = "scope_delivered", nullable = false, length = 4000)
  private String scopeDelivered;

  @Column(name = "risks_summary", nullable = false, length = 4000)
  private String risksSummary;

  @Column(name = "budget_summary", nullable = false, length = 4000)
  private String budgetSummary;

  @Column(name = "budget_spent", precision = 18, scale = 2)
  private BigDecimal budgetSpent;

  @Column(name = "management_labour_costs", nullable = false, length = 4000)
  private String managementLabourCosts;

  @Column(name = "implementation_evaluation", nullable = false, length = 4000)
  private String implementationEvaluation;

  @Column(name = "lessons_learned", nullable = false, length = 4000)
  private String lessonsLearned;

  @Column(name = "explanatory_note", nullable = false, length = 4000)
  private String explanatoryNote;

  @Column(name = "results_handover", length = 4000)
  private String resultsHandover;

  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected FinalReport() {
  }

  FinalReport(Long projectId, ClosureType closureType, int closureRound, FinalReportInput input, String submittedBy,
      Instant submittedAt) {
    this.projectId = projectId;
    this.closureType = closureType;
    this.closureRound = closureRound;
    this.goalAndResults = input.goalAndResults();
    this.scopeDelivered = input.scopeDelivered();
    this.risksSummary = input.risksSummary();
    this.budgetSummary = input.budgetSummary();
    this.budgetSpent = input.budgetSpent();
    this.managementLabourCosts = input.managementLabourCosts();
    this.implementationEvaluation = input.implementationEvaluation();
    this.lessonsLearned = input.lessonsLearned();
    this.explanatoryNote = input.explanatoryNote();
    this.resultsHandover = input.resultsHandover();
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public ClosureType getClosureType() {
    return closureType;
  }

  public int getClosureRound() {
    return closureRound;
  }

  public String getGoalAndResults() {
    return goalAndResults;
  }

  public String getLessonsLearned() {
    return lessonsLearned;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getScopeDelivered() {
    return scopeDelivered;
  }

  public String getRisksSummary() {
    return risksSummary;
  }

  public String getBudgetSummary() {
    return budgetSummary;
  }

  public BigDecimal getBudgetSpent() {
    return budgetSpent;
  }

  public String getManagementLabourCosts() {
    return managementLabourCosts;
  }

  public String getImplementationEvaluation() {
    return implementationEvaluation;
  }

  public String getExplanatoryNote() {
    return explanatoryNote;
  }

  public String getResultsHandover() {
    return resultsHandover;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }
}
