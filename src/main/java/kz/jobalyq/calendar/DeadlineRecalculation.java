package kz.jobalyq.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recalculation of the open deadlines after a calendar edit: how many deadlines it covers (counted at the edit,
 * then exactly as its planning job listed them), how many its chunk jobs have checked and moved so far, and when
 * the last chunk finished.
 */
@Entity
@Table(name = "deadline_recalculation")
public class DeadlineRecalculation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 300)
  private String reason;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(nullable = false)
  private int total;

  @Column(nullable = false)
  private int done;

  @Column(nullable = false)
  private int moved;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected DeadlineRecalculation() {
  }

  DeadlineRecalculation(String reason, String requestedBy, Instant requestedAt, int total) {
    this.reason = reason;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.total = total;
  }

  /** The planning job listed the deadlines: their exact number; a run with none is finished. */
  void planned(int listed, Instant now) {
    this.total = listed;
    if (listed == 0) {
      this.finishedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public String getReason() {
    return reason;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public int getTotal() {
    return total;
  }

  public int getDone() {
    return done;
  }

  public int getMoved() {
    return moved;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public boolean isFinished() {
    return finishedAt != null;
  }
}
