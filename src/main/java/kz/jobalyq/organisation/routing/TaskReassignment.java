package kz.jobalyq.organisation.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The project office handed a task to another person, with its reason: the record of stepping in. */
@Entity
@Table(name = "task_reassignment")
public class TaskReassignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false, length = 64)
  private String taskId;

  @Column(name = "task_name", length = 255)
  private String taskName;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "record_number", length = 60)
  private String recordNumber;

  @Column(name = "from_user", length = 100)
  private String fromUser;

  @Column(name = "to_user", nullable = false, length = 100)
  private String toUser;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Column(name = "reassigned_by", nullable = false, length = 100)
  private String reassignedBy;

  @Column(name = "reassigned_at", nullable = false)
  private Instant reassignedAt;

  protected TaskReassignment() {
  }

  TaskReassignment(String taskId, String taskName, String processInstanceId, String recordNumber, String fromUser,
      String toUser, String reason, String reassignedBy, Instant reassignedAt) {
    this.taskId = taskId;
    this.taskName = taskName == null || taskName.length() <= 255 ? taskName : taskName.substring(0, 255);
    this.processInstanceId = processInstanceId;
    this.recordNumber = recordNumber;
    this.fromUser = fromUser;
    this.toUser = toUser;
    this.reason = reason;
    this.reassignedBy = reassignedBy;
    this.reassignedAt = reassignedAt;
  }

  public Long getId() {
    return id;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getTaskName() {
    return taskName;
  }

  public String getRecordNumber() {
    return recordNumber;
  }

  public String getFromUser() {
    return fromUser;
  }

  public String getToUser() {
    return toUser;
  }

  public String getReason() {
    return reason;
  }

  public String getReassignedBy() {
    return reassignedBy;
  }

  public Instant getReassignedAt() {
    return reassignedAt;
  }
}
