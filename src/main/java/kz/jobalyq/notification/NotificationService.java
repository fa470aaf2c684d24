package kz.jobalyq.notification;

import java.util.List;
import java.util.Optional;
import kz.jobalyq.organisation.RecordScope;
import kz.jobalyq.organisation.RoleHolders;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells people what happened to their records. A notice is a Tasklist task of its own (no process)
 * addressed to a user or a group: it shows in their task list with the record's number, and
 * completing it marks it read. The same notice is queued for e-mail to the user or the group's members
 * in the caller's transaction ({@link MailOutbox}) and sent once it commits; an escalation is mailed as one.
 * A notice about a record to a record-scoped role reaches that record's holders of the role only (as its
 * tasks do).
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);
  /** Notices sort below work that has a deadline. */
  private static final int NOTICE_PRIORITY = 30;

  private final TaskService taskService;
  private final MailOutbox mails;
  private final RoleHolders roleHolders;

  public NotificationService(TaskService taskService, MailOutbox mails, RoleHolders roleHolders) {
    this.taskService = taskService;
    this.mails = mails;
    this.roleHolders = roleHolders;
  }

  public Task notifyUser(String userId, String subject, String message) {
    return toUser(userId, subject, message, MailKind.NOTICE);
  }

  /** A notice to a ministry-wide group (or about a record with no place in the hierarchy). */
  public Task notifyGroup(String groupId, String subject, String message) {
    return toGroup(groupId, RecordScope.NONE, subject, message, MailKind.NOTICE);
  }

  /** A notice about a record: a record-scoped role's notice reaches the record's holders of that role. */
  public Task notifyGroup(String groupId, RecordScope record, String subject, String message) {
    return toGroup(groupId, record, subject, message, MailKind.NOTICE);
  }

  /** A notice that something was escalated to the user (a missed deadline, a problem): mailed as an escalation. */
  public Task escalateToUser(String userId, String subject, String message) {
    return toUser(userId, subject, message, MailKind.ESCALATED);
  }

  /** A notice that something was escalated to the group: every member is mailed an escalation. */
  public Task escalateToGroup(String groupId, String subject, String message) {
    return toGroup(groupId, RecordScope.NONE, subject, message, MailKind.ESCALATED);
  }

  /** An escalation about a record to the record's holders of a record-scoped role. */
  public Task escalateToGroup(String groupId, RecordScope record, String subject, String message) {
    return toGroup(groupId, record, subject, message, MailKind.ESCALATED);
  }

  private Task toUser(String userId, String subject, String message, MailKind kind) {
    if (userId == null || userId.isBlank()) {
      LOG.warn("Notice '{}' has no addressee and is only logged: {}", subject, message);
      return null;
    }
    Task notice = newNotice(subject, message);
    notice.setAssignee(userId);
    taskService.saveTask(notice);
    mails.enqueue(notice.getId(), kind);
    return notice;
  }

  private Task toGroup(String groupId, RecordScope record, String subject, String message, MailKind kind) {
    Task notice = newNotice(subject, message);
    taskService.saveTask(notice);
    // The record's place travels with the notice, so the group link grants nothing by itself (see routing).
    record.asVariables().forEach((name, value) -> taskService.setVariableLocal(notice.getId(), name, value));
    taskService.addCandidateGroup(notice.getId(), groupId);
    Optional<List<String>> holders = Role.ofGroup(groupId).flatMap(role -> roleHolders.holders(role, record));
    holders.ifPresent(users -> {
      if (users.isEmpty()) {
        LOG.warn("Notice '{}': nobody holds {} for {}; only the project office sees it", subject, groupId, record);
      }
      users.forEach(user -> taskService.addCandidateUser(notice.getId(), user));
    });
    mails.enqueue(notice.getId(), kind);
    return notice;
  }

  private Task newNotice(String subject, String message) {
    Task notice = taskService.newTask();
    notice.setName(subject);
    notice.setDescription(message);
    notice.setPriority(NOTICE_PRIORITY);
    return notice;
  }
}
