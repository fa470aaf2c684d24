package kz.jobalyq.system.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One decision a person made on a record: who, when, at which step, with what outcome and comment. */
@Entity
@Table(name = "decision_record")
public class DecisionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "record_type", nullable = false, length = 40)
  private String recordType;

  @Column(name = "record_id", nullable = false)
  private Long recordId;

  @Column(name = "record_number", length = 60)
  private String recordNumber;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(nullable = false, length = 100)
  private String step;

  @Column(nullable = false, length = 60)
  private String outcome;

  @Column(name = "comment_text", length = 4000)
  private String comment;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected DecisionRecord() {
  }

  DecisionRecord(String recordType, Long recordId, String recordNumber, String processInstanceId, String step,
      String outcome, String comment, String decidedBy, Instant decidedAt) {
    this.recordType = recordType;
    this.recordId = recordId;
    this.recordNumber = recordNumber;
    this.processInstanceId = processInstanceId;
    this.step = step;
    this.outcome = outcome;
    this.comment = comment;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public Long getId() {
    return id;
  }

  public String getRecordType() {
    return recordType;
  }

  public Long getRecordId() {
    return recordId;
  }

  public String getRecordNumber() {
    return recordNumber;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getStep() {
    return step;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getComment() {
    return comment;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
