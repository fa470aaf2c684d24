package kz.jobalyq.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.jobalyq.calendar.CalendarService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Finds open tasks whose deadline is the next working day (from the start of the working day before
 * it, as {@code workingDays.reminderBefore}) or already past, and mails each reminder and each overdue
 * notice once. Run every {@code jobalyq.mail.reminders.interval} by {@link ReminderSchedule}.
 */
@Service
public class DeadlineReminders {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineReminders.class);
  /** Far enough ahead to reach past the longest run of days off (New Year, Nauryz) to the deadline. */
  private static final Duration LOOKAHEAD = Duration.ofDays(14);
  private static final int LOG_BATCH = 500;

  private final TaskService taskService;
  private final CalendarService calendar;
  private final TaskMails mails;
  private final NotificationLogRepository log;

  public DeadlineReminders(TaskService taskService, CalendarService calendar, TaskMails mails,
      NotificationLogRepository log) {
    this.taskService = taskService;
    this.calendar = calendar;
    this.mails = mails;
    this.log = log;
  }

  /** What one scan sent: reminder mails (deadline the next working day) and overdue mails. */
  public record ScanResult(int reminders, int overdueNotices) {
  }

  public ScanResult scan() {
    if (!mails.isEnabled()) {
      return new ScanResult(0, 0);
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    // Suspended tasks (a suspended project) are left alone: nothing can be done on them.
    List<Task> candidates = mails.asPlatform(() -> taskService.createTaskQuery().active()
        .dueBefore(Date.from(now.plus(LOOKAHEAD))).list());
    Set<String> done = alreadySent(candidates);
    int reminders = 0;
    int overdueNotices = 0;
    for (Task task : candidates) {
      MailKind kind = kindFor(task.getDueDate().toInstant(), now);
      if (kind == null || done.contains(key(task.getId(), kind))) {
        continue;
      }
      try {
        int sent = mails.sendOnce(task.getId(), kind);
        if (kind == MailKind.OVERDUE) {
          overdueNotices += sent;
        } else {
          reminders += sent;
        }
      } catch (RuntimeException e) {
        LOG.warn("{} mail about task {} failed; the next scan tries again", kind, task.getId(), e);
      }
    }
    if (reminders + overdueNotices > 0) {
      LOG.info("Deadline scan at {}: {} reminder mail(s), {} overdue mail(s)", now, reminders, overdueNotices);
    }
    return new ScanResult(reminders, overdueNotices);
  }

  /** Overdue once the deadline has passed; a reminder from the start of the working day before it. */
  private MailKind kindFor(Instant due, Instant now) {
    if (due.isBefore(now)) {
      return MailKind.OVERDUE;
    }
    Instant remindFrom = calendar.startOfPreviousWorkingDay(calendar.dateOf(due));
    return remindFrom.isAfter(now) ? null : MailKind.DUE_SOON;
  }

  private Set<String> alreadySent(List<Task> tasks) {
    Set<String> sent = new HashSet<>();
    List<String> ids = tasks.stream().map(Task::getId).toList();
    for (int from = 0; from < ids.size(); from += LOG_BATCH) {
      for (NotificationLogEntry entry : log.findByTaskIdIn(new ArrayList<>(ids.subList(from,
          Math.min(ids.size(), from + LOG_BATCH))))) {
        sent.add(key(entry.getTaskId(), entry.getKind()));
      }
    }
    return sent;
  }

  private static String key(String taskId, MailKind kind) {
    return taskId + "/" + kind;
  }
}
