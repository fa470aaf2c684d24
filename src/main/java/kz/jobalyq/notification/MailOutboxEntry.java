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
import kz.jobalyq.system.TextLimits;

/**
 * One mail event: mail {@link MailKind} about one task. Written in the transaction of what caused it, unique
 * per task and kind, and delivered by an engine job ({@link MailDelivery}).
 */
@Entity
@Table(name = "mail_outbox")
public class MailOutboxEntry {

  /** QUEUED until the job found the recipients; DROPPED when there was nobody to tell (task gone, no address). */
  public enum Status { QUEUED, EXPANDED, DROPPED }

  private static final int NAME_LENGTH = 1000;
  private static final int DESCRIPTION_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false, length = 64)
  private String taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MailKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expanded_at")
  private Instant expandedAt;

  @Column(name = "task_name", length = NAME_LENGTH)
  private String taskName;

  @Column(name = "task_description", length = DESCRIPTION_LENGTH)
  private String taskDescription;

  @Column(name = "task_due")
  private Instant taskDue;

  protected MailOutboxEntry() {
  }

  MailOutboxEntry(String taskId, MailKind kind, Instant createdAt) {
    this.taskId = taskId;
    this.kind = kind;
    this.status = Status.QUEUED;
    this.createdAt = createdAt;
  }

  void expanded(String name, String description, Instant due, Instant at) {
    this.taskName = TextLimits.cut(name, NAME_LENGTH);
    this.taskDescription = TextLimits.cut(description, DESCRIPTION_LENGTH);
    this.taskDue = due;
    this.status = Status.EXPANDED;
    this.expandedAt = at;
  }

  void dropped(Instant at) {
    this.status = Status.DROPPED;
    this.expandedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getTaskId() {
    return taskId;
  }

  public MailKind getKind() {
    return kind;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getTaskName() {
    return taskName;
  }

  public String getTaskDescription() {
    return taskDescription;
  }

  public Instant getTaskDue() {
    return taskDue;
  }
}
