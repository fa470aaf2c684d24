package kz.jobalyq.planning.operational;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An activity a structural unit proposed for the plan (004 §5), kept as it was sent. */
@Entity
@Table(name = "operational_plan_proposal")
public class ActivityProposal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private Long planId;

  @Column(name = "row_order", nullable = false)
  private int rowOrder;

  @Embedded
  private ActivityContent content;

  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected ActivityProposal() {
  }

  ActivityProposal(Long planId, int rowOrder, ActivityContent content, String submittedBy, Instant submittedAt) {
    this.planId = planId;
    this.rowOrder = rowOrder;
    this.content = content;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public Long getId() {
    return id;
  }

  public int getRowOrder() {
    return rowOrder;
  }

  public ActivityContent getContent() {
    return content;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
