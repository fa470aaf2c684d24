package kz.jobalyq.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One confirming group's answer on a closure attempt: results confirmed, or not with the reasons (§117–§118). */
@Entity
@Table(name = "closure_confirmation")
public class ClosureConfirmation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "closure_round", nullable = false)
  private int closureRound;

  @Column(name = "confirmer_group", nullable = false, length = 40)
  private String confirmerGroup;

  @Column(nullable = false)
  private boolean confirmed;

  @Column(name = "comment_text", length = 4000)
  private String comment;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected ClosureConfirmation() {
  }

  ClosureConfirmation(Long projectId, int closureRound, String confirmerGroup, boolean confirmed, String comment,
      String decidedBy, Instant decidedAt) {
    this.projectId = projectId;
    this.closureRound = closureRound;
    this.confirmerGroup = confirmerGroup;
    this.confirmed = confirmed;
    this.comment = comment;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public String getConfirmerGroup() {
    return confirmerGroup;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public String getComment() {
    return comment;
  }
}
