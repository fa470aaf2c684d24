package kz.jobalyq.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One deciding group's answer on a change request: its approval (§106.5–§106.6, §111–§112) or its
 * agreement of a suspension/termination report (§113). Each attempt at the report is a round.
 */
@Entity
@Table(name = "change_request_decision")
public class ChangeRequestDecision {

  /** What was decided. */
  public enum Step {
    APPROVAL,
    STOP_REPORT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "change_request_id", nullable = false)
  private Long changeRequestId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Step step;

  @Column(name = "decision_round", nullable = false)
  private int round;

  @Column(name = "approver_group", nullable = false, length = 40)
  private String approverGroup;

  @Column(nullable = false)
  private boolean approved;

  @Column(name = "comment_text", length = 4000)
  private String comment;

  @Column(name = "office_agreement", length = 1000)
  private String officeAgreement;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected ChangeRequestDecision() {
  }

  ChangeRequestDecision(Long changeRequestId, Step step, int round, String approverGroup, boolean approved,
      String comment, String officeAgreement, String decidedBy, Instant decidedAt) {
    this.changeRequestId = changeRequestId;
    this.step = step;
    this.round = round;
    this.approverGroup = approverGroup;
    this.approved = approved;
    this.comment = comment;
    this.officeAgreement = officeAgreement;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public Long getChangeRequestId() {
    return changeRequestId;
  }

  public Step getStep() {
    return step;
  }

  public int getRound() {
    return round;
  }

  public String getApproverGroup() {
    return approverGroup;
  }

  public boolean isApproved() {
    return approved;
  }

  public String getComment() {
    return comment;
  }

  public String getOfficeAgreement() {
    return officeAgreement;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
