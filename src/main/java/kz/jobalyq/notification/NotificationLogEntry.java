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

/** One mail of one kind about one task, written before it goes out: unique per task and kind. */
@Entity
@Table(name = "notification_log")
public class NotificationLogEntry {

  private static final int RECIPIENTS_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false, length = 64)
  private String taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MailKind kind;

  @Column(length = RECIPIENTS_LENGTH)
  private String recipients;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected NotificationLogEntry() {
  }

  NotificationLogEntry(String taskId, MailKind kind, String recipients, Instant createdAt) {
    this.taskId = taskId;
    this.kind = kind;
    this.recipients = recipients.length() > RECIPIENTS_LENGTH
        ? recipients.substring(0, RECIPIENTS_LENGTH - 1) + "…" : recipients;
    this.createdAt = createdAt;
  }

  public String getTaskId() {
    return taskId;
  }

  public MailKind getKind() {
    return kind;
  }

  public String getRecipients() {
    return recipients;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
