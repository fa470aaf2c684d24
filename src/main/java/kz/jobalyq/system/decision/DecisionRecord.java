package kz.jobalyq.system.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.i18n.UserLanguage;

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

  /** The comment as written: a person's words, or a composed text in Kazakh (its phrase beside it). */
  @Column(name = "comment_text", length = 4500)
  private String comment;

  /** A comment the platform composed, as a {@link Phrase}: read in the reader's language. */
  @Column(name = "comment_phrase", length = 10000)
  private String commentPhrase;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected DecisionRecord() {
  }

  DecisionRecord(String recordType, Long recordId, String recordNumber, String processInstanceId, String step,
      String outcome, String comment, Phrase commentPhrase, String decidedBy, Instant decidedAt) {
    this.recordType = recordType;
    this.recordId = recordId;
    this.recordNumber = recordNumber;
    this.processInstanceId = processInstanceId;
    this.step = step;
    this.outcome = outcome;
    this.comment = commentPhrase == null ? comment : commentPhrase.in(UserLanguage.KK);
    this.commentPhrase = commentPhrase == null ? null : commentPhrase.toJson();
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

  /** The comment in the language of the request being served (a composed one; a person's words as written). */
  public String getComment() {
    return getComment(UserLanguage.current());
  }

  public String getComment(Locale language) {
    return commentPhrase == null ? comment : Phrase.fromJson(commentPhrase).in(language);
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
