package kz.jobalyq.hiring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One member's assessment of one candidate at the interview (§9.5) and whether the member supports them. */
@Entity
@Table(name = "interview_score")
public class InterviewScore {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "call_id", nullable = false)
  private Long callId;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Column(name = "member_id", nullable = false, length = 64)
  private String memberId;

  @Column(name = "experience_score", nullable = false)
  private int experienceScore;

  @Column(name = "professional_score", nullable = false)
  private int professionalScore;

  @Column(name = "fee_score", nullable = false)
  private int feeScore;

  @Column(nullable = false)
  private boolean supports;

  protected InterviewScore() {
  }

  InterviewScore(Long callId, Long applicationId, InterviewOutcome.Vote vote) {
    this.callId = callId;
    this.applicationId = applicationId;
    this.memberId = vote.member();
    this.experienceScore = vote.experienceScore();
    this.professionalScore = vote.professionalScore();
    this.feeScore = vote.feeScore();
    this.supports = vote.supports();
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getMemberId() {
    return memberId;
  }

  public int getExperienceScore() {
    return experienceScore;
  }

  public int getProfessionalScore() {
    return professionalScore;
  }

  public int getFeeScore() {
    return feeScore;
  }

  public boolean isSupports() {
    return supports;
  }
}
