package kz.jobalyq.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.jobalyq.organisation.RecordScope;
import kz.jobalyq.organisation.RoleHolders;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.process.TaskMarks;
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
 *
 * <p>A notice is composed from message keys ({@link Notice}): its name and description are the Kazakh texts (the
 * record's language, which the mail and the engine keep), and its Russian texts travel with it as task-local
 * variables, which a Russian reader of Tasklist is shown instead ({@code NameResponses}).
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);
  /** Notices sort below work that has a deadline. */
  private static final int NOTICE_PRIORITY = 30;
  /** Task-local: the notice's subject in Russian. */
  public static final String NAME_RU = TaskMarks.NOTICE_NAME_RU;
  /** Task-local: the notice's message in Russian. */
  public static final String DESCRIPTION_RU = TaskMarks.NOTICE_DESCRIPTION_RU;

  private final TaskService taskService;
  private final MailOutbox mails;
  private final RoleHolders roleHolders;

  public NotificationService(TaskService taskService, MailOutbox mails, RoleHolders roleHolders) {
    this.taskService = taskService;
    this.mails = mails;
    this.roleHolders = roleHolders;
  }

  public Task notifyUser(String userId, Notice notice) {
    return toUser(userId, notice, MailKind.NOTICE);
  }

  /** A notice to a ministry-wide group (or about a record with no place in the hierarchy). */
  public Task notifyGroup(String groupId, Notice notice) {
    return toGroup(groupId, RecordScope.NONE, notice, MailKind.NOTICE);
  }

  /** A notice about a record: a record-scoped role's notice reaches the record's holders of that role. */
  public Task notifyGroup(String groupId, RecordScope record, Notice notice) {
    return toGroup(groupId, record, notice, MailKind.NOTICE);
  }

  /** A notice that something was escalated to the user (a missed deadline, a problem): mailed as an escalation. */
  public Task escalateToUser(String userId, Notice notice) {
    return toUser(userId, notice, MailKind.ESCALATED);
  }

  /** A notice that something was escalated to the group: every member is mailed an escalation. */
  public Task escalateToGroup(String groupId, Notice notice) {
    return toGroup(groupId, RecordScope.NONE, notice, MailKind.ESCALATED);
  }

  /** An escalation about a record to the record's holders of a record-scoped role. */
  public Task escalateToGroup(String groupId, RecordScope record, Notice notice) {
    return toGroup(groupId, record, notice, MailKind.ESCALATED);
  }

  private Task toUser(String userId, Notice notice, MailKind kind) {
    if (userId == null || userId.isBlank()) {
      LOG.warn("Notice '{}' has no addressee and is only logged: {}", notice.subject(UserLanguage.KK),
          notice.message(UserLanguage.KK));
      return null;
    }
    Task task = newNotice(notice);
    task.setAssignee(userId);
    taskService.saveTask(task);
    inRussian(task, notice);
    mails.enqueue(task.getId(), kind);
    return task;
  }

  private Task toGroup(String groupId, RecordScope record, Notice notice, MailKind kind) {
    Task task = newNotice(notice);
    taskService.saveTask(task);
    inRussian(task, notice);
    // The record's place travels with the notice, so the group link grants nothing by itself (see routing).
    record.asVariables().forEach((name, value) -> taskService.setVariableLocal(task.getId(), name, value));
    taskService.addCandidateGroup(task.getId(), groupId);
    Optional<List<String>> holders = Role.ofGroup(groupId).flatMap(role -> roleHolders.holders(role, record));
    holders.ifPresent(users -> {
      if (users.isEmpty()) {
        LOG.warn("Notice '{}': nobody holds {} for {}; only the project office sees it",
            task.getName(), groupId, record);
      }
      users.forEach(user -> taskService.addCandidateUser(task.getId(), user));
    });
    mails.enqueue(task.getId(), kind);
    return task;
  }

  private Task newNotice(Notice notice) {
    Task task = taskService.newTask();
    task.setName(notice.subject(UserLanguage.KK));
    task.setDescription(notice.message(UserLanguage.KK));
    task.setPriority(NOTICE_PRIORITY);
    return task;
  }

  private void inRussian(Task task, Notice notice) {
    taskService.setVariablesLocal(task.getId(), Map.of(NAME_RU, notice.subject(UserLanguage.RU),
        DESCRIPTION_RU, notice.message(UserLanguage.RU)));
  }
}
