package kz.jobalyq.planning.operational;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One activity in one quarter: the unit's answer (done or not, what was done, why not — 004 §12) and the
 * monitoring unit's recommendation (Annex 2 columns 6–8).
 */
@Entity
@Table(name = "operational_plan_execution")
public class ActivityExecution {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "quarter_id", nullable = false)
  private Long quarterId;

  @Column(name = "activity_id", nullable = false)
  private Long activityId;

  /** The activity's deadline falls on or before the quarter's end: not done means not done in time. */
  @Column(name = "due_in_period", nullable = false)
  private boolean dueInPeriod;

  @Column(nullable = false)
  private boolean executed;

  @Column(name = "actual_execution", length = 4000)
  private String actualExecution;

  @Column(name = "non_execution_reason", length = 4000)
  private String nonExecutionReason;

  @Column(length = 4000)
  private String recommendation;

  protected ActivityExecution() {
  }

  ActivityExecution(Long quarterId, Long activityId, boolean dueInPeriod) {
    this.quarterId = quarterId;
    this.activityId = activityId;
    this.dueInPeriod = dueInPeriod;
  }

  void answer(boolean executed, String actualExecution, String nonExecutionReason) {
    this.executed = executed;
    this.actualExecution = actualExecution;
    this.nonExecutionReason = executed ? null : nonExecutionReason;
  }

  void review(String actualExecution, String nonExecutionReason, String recommendation) {
    this.actualExecution = actualExecution;
    this.nonExecutionReason = executed ? null : nonExecutionReason;
    this.recommendation = recommendation;
  }

  public Long getId() {
    return id;
  }

  public Long getQuarterId() {
    return quarterId;
  }

  public Long getActivityId() {
    return activityId;
  }

  public boolean isDueInPeriod() {
    return dueInPeriod;
  }

  public boolean isExecuted() {
    return executed;
  }

  public String getActualExecution() {
    return actualExecution;
  }

  public String getNonExecutionReason() {
    return nonExecutionReason;
  }

  public String getRecommendation() {
    return recommendation;
  }
}
