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

/** A forced-closure decision of the base direction head or the customer (§121). */
@Entity
@Table(name = "forced_closure_request")
public class ForcedClosureRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ForcedClosureReason reason;

  @Column(nullable = false, length = 4000)
  private String justification;

  @Column(name = "requested_by", length = 100)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  protected ForcedClosureRequest() {
  }

  ForcedClosureRequest(Long projectId, ForcedClosureReason reason, String justification, String requestedBy,
      Instant requestedAt) {
    this.projectId = projectId;
    this.reason = reason;
    this.justification = justification;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  public ForcedClosureReason getReason() {
    return reason;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public String getJustification() {
    return justification;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }
}
