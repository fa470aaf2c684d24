package kz.jobalyq.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One reader's mail of a {@link MailOutboxEntry}: QUEUED until the SMTP server accepted it, then SENT. */
@Entity
@Table(name = "mail_message")
public class MailMessage {

  public enum Status { QUEUED, SENT }

  private static final int ERROR_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "outbox_id", nullable = false)
  private Long outboxId;

  @Column(name = "user_id", nullable = false, length = 100)
  private String userId;

  @Column(nullable = false, length = 320)
  private String recipient;

  @Column(name = "reader_name", nullable = false, length = 300)
  private String readerName;

  @Column(nullable = false, length = 2)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected MailMessage() {
  }

  MailMessage(Long outboxId, String userId, String recipient, String readerName, Language language) {
    this.outboxId = outboxId;
    this.userId = userId;
    this.recipient = recipient;
    this.readerName = readerName.length() > 300 ? readerName.substring(0, 300) : readerName;
    this.language = language.code();
    this.status = Status.QUEUED;
  }

  void sent(Instant at) {
    attempts++;
    status = Status.SENT;
    sentAt = at;
    lastError = null;
  }

  void failed(String error) {
    attempts++;
    lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
  }

  public Long getId() {
    return id;
  }

  public Long getOutboxId() {
    return outboxId;
  }

  public String getUserId() {
    return userId;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getReaderName() {
    return readerName;
  }

  public Language getLanguage() {
    return Language.of(language);
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }
}
