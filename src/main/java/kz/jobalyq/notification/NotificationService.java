package kz.jobalyq.notification;

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
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);
  /** Notices sort below work that has a deadline. */
  private static final int NOTICE_PRIORITY = 30;

  private final TaskService taskService;
  private final MailOutbox mails;

  public NotificationService(TaskService taskService, MailOutbox mails) {
    this.taskService = taskService;
    this.mails = mails;
  }

  public Task notifyUser(String userId, String subject, String message) {
    return toUser(userId, subject, message, MailKind.NOTICE);
  }

  public Task notifyGroup(String groupId, String subject, String message) {
    return toGroup(groupId, subject, message, MailKind.NOTICE);
  }

  /** A notice that something was escalated to the user (a missed deadline, a problem): mailed as an escalation. */
  public Task escalateToUser(String userId, String subject, String message) {
    return toUser(userId, subject, message, MailKind.ESCALATED);
  }

  /** A notice that something was escalated to the group: every member is mailed an escalation. */
  public Task escalateToGroup(String groupId, String subject, String message) {
    return toGroup(groupId, subject, message, MailKind.ESCALATED);
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

  private Task toGroup(String groupId, String subject, String message, MailKind kind) {
    Task notice = newNotice(subject, message);
    taskService.saveTask(notice);
    taskService.addCandidateGroup(notice.getId(), groupId);
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
