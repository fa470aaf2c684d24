package kz.jobalyq.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The document one stage of §50 produced, as submitted (each submission a version). */
@Entity
@Table(name = "initiative_stage_document")
public class StageDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "initiative_id", nullable = false)
  private Long initiativeId;

  @Column(nullable = false)
  private int stage;

  @Column(nullable = false)
  private int version;

  /** The stage's fields as JSON. */
  @Column(nullable = false, length = 100000)
  private String content;

  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected StageDocument() {
  }

  StageDocument(Long initiativeId, int stage, int version, String content, String submittedBy, Instant submittedAt) {
    this.initiativeId = initiativeId;
    this.stage = stage;
    this.version = version;
    this.content = content;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public int getStage() {
    return stage;
  }

  public int getVersion() {
    return version;
  }

  public String getContent() {
    return content;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
