package kz.jobalyq.notification;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells people what happened to their records. Until e-mail exists, a notice is a Tasklist task of
 * its own (no process) addressed to a user or a group: it shows in their task list with the record's
 * number, and completing it marks it read.
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);
  /** Notices sort below work that has a deadline. */
  private static final int NOTICE_PRIORITY = 30;

  private final TaskService taskService;

  public NotificationService(TaskService taskService) {
    this.taskService = taskService;
  }

  public Task notifyUser(String userId, String subject, String message) {
    if (userId == null || userId.isBlank()) {
      LOG.warn("Notice '{}' has no addressee and is only logged: {}", subject, message);
      return null;
    }
    Task notice = newNotice(subject, message);
    notice.setAssignee(userId);
    taskService.saveTask(notice);
    return notice;
  }

  public Task notifyGroup(String groupId, String subject, String message) {
    Task notice = newNotice(subject, message);
    taskService.saveTask(notice);
    taskService.addCandidateGroup(notice.getId(), groupId);
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
