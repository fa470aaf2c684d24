package kz.jobalyq.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The head of the project office's recommendation on a project group head's repeated absence (§24). */
@Entity
@Table(name = "disciplinary_recommendation")
public class DisciplinaryRecommendation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, length = 100)
  private String userId;

  @Column(name = "base_direction_code", nullable = false, length = 30)
  private String baseDirectionCode;

  @Column(name = "consecutive_absences", nullable = false)
  private int consecutiveAbsences;

  @Column(name = "last_absence", nullable = false)
  private LocalDate lastAbsence;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(length = 20)
  private String recommendation;

  @Column(name = "comment_text", length = 4000)
  private String comment;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  protected DisciplinaryRecommendation() {
  }

  DisciplinaryRecommendation(String userId, String baseDirectionCode, int consecutiveAbsences, LocalDate lastAbsence,
      Instant startedAt) {
    this.userId = userId;
    this.baseDirectionCode = baseDirectionCode;
    this.consecutiveAbsences = consecutiveAbsences;
    this.lastAbsence = lastAbsence;
    this.startedAt = startedAt;
  }

  void linkProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void decide(String recommendation, String comment, String decidedBy, Instant at) {
    this.recommendation = recommendation;
    this.comment = comment;
    this.decidedBy = decidedBy;
    this.decidedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public LocalDate getLastAbsence() {
    return lastAbsence;
  }

  public int getConsecutiveAbsences() {
    return consecutiveAbsences;
  }

  public String getRecommendation() {
    return recommendation;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
