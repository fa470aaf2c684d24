package kz.jobalyq.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import kz.jobalyq.calendar.CalendarService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Reminder and overdue mail as engine timers: every task with a due date has a timer ({@link MailJobs#DEADLINE},
 * set by the job that mails the new task, so that creating a task costs its request one job only)
 * set for the start of the working day before its deadline (the reminder, as {@code workingDays.reminderBefore})
 * and, once that has fired, for just after the deadline (the overdue notice). The job executor of one node runs
 * each timer once. A moved deadline (the calendar changed, someone set another date) gets a new timer; the old
 * one finds its due date out of date when it fires and does nothing.
 */
@Service
public class DeadlineWatch {

  /** A suspended task (a suspended project) is looked at again a day later: nothing can be done on it now. */
  private static final Duration SUSPENDED_RECHECK = Duration.ofDays(1);
  private static final Duration PAST_DEADLINE = Duration.ofSeconds(1);

  private final CalendarService calendar;
  private final MailOutbox outbox;
  private final MailJobs jobs;

  public DeadlineWatch(CalendarService calendar, MailOutbox outbox, MailJobs jobs) {
    this.calendar = calendar;
    this.outbox = outbox;
    this.jobs = jobs;
  }

  /** What a deadline timer watches: the task and the due date it was set for. */
  record Config(String taskId, long due) {
    static Config parse(String raw) {
      int bar = raw.lastIndexOf('|');
      return new Config(raw.substring(0, bar), Long.parseLong(raw.substring(bar + 1)));
    }

    @Override
    public String toString() {
      return taskId + "|" + due;
    }
  }

  /**
   * Sets the task's deadline timer when its command ends, so that a due date set by a later listener of the same
   * command counts; nothing for a task without a due date or when mail is off.
   */
  void watchWhenCommandEnds(DelegateTask task) {
    if (!outbox.isEnabled() || !(task instanceof TaskEntity entity)) {
      return;
    }
    Context.getCommandContext().registerCommandContextListener(new CommandContextListener() {
      @Override
      public void onCommandContextClose(CommandContext commandContext) {
        if (!entity.isDeleted()) {
          watch(entity);
        }
      }

      @Override
      public void onCommandFailed(CommandContext commandContext, Throwable failure) {
        // nothing was scheduled
      }
    });
  }

  /** Sets the task's deadline timer now, in the current command; nothing for a task without a due date. */
  void watch(TaskEntity task) {
    if (task.getDueDate() != null) {
      Instant due = task.getDueDate().toInstant();
      jobs.watchDeadline(new Config(task.getId(), due.toEpochMilli()), Date.from(nextCheck(due, now())));
    }
  }

  /** Runs inside the timer's job. */
  void fire(Config config) {
    CommandContext commandContext = Context.getCommandContext();
    TaskEntity task = commandContext.getTaskManager().findTaskById(config.taskId());
    if (task == null || task.getDueDate() == null || task.getDueDate().getTime() != config.due()) {
      // Done, or its deadline moved: a newer timer watches the new one.
      return;
    }
    Instant due = task.getDueDate().toInstant();
    Instant now = now();
    if (task.isSuspended()) {
      jobs.watchDeadline(config, Date.from(now.plus(SUSPENDED_RECHECK)));
      return;
    }
    if (due.isBefore(now)) {
      outbox.enqueue(task.getId(), MailKind.OVERDUE);
      return;
    }
    Instant remindFrom = remindFrom(due);
    if (!remindFrom.isAfter(now)) {
      outbox.enqueue(task.getId(), MailKind.DUE_SOON);
      jobs.watchDeadline(config, Date.from(due.plus(PAST_DEADLINE)));
    } else {
      // The calendar moved the reminder day: wait for it.
      jobs.watchDeadline(config, Date.from(remindFrom));
    }
  }

  /** When to look next: at the reminder time, or now when it (or the deadline) has already come. */
  private Instant nextCheck(Instant due, Instant now) {
    Instant remindFrom = remindFrom(due);
    return remindFrom.isAfter(now) ? remindFrom : now;
  }

  /** From the start of the working day before the deadline's day. */
  private Instant remindFrom(Instant due) {
    return calendar.startOfPreviousWorkingDay(calendar.dateOf(due));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
