package kz.jobalyq.notification;

import java.time.Clock;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;

/**
 * Where every mail starts: {@link #enqueue} writes the mail event into the outbox, with the job that will
 * deliver it, in the transaction of what caused it — both commit with that work or neither does. Nothing is
 * sent on the caller's thread.
 */
@Service
public class MailOutbox {

  private final MailOutboxRepository outbox;
  private final MailJobs jobs;
  private final ProcessEngineConfigurationImpl engine;
  private final Clock clock;
  /** {@code jobalyq.mail.enabled}; a test compares the work of a request with mail on and off in one run. */
  private volatile boolean enabled;

  public MailOutbox(MailOutboxRepository outbox, MailJobs jobs, ProcessEngineConfigurationImpl engine,
      MailSettings settings, Clock clock) {
    this.outbox = outbox;
    this.jobs = jobs;
    this.engine = engine;
    this.clock = clock;
    this.enabled = settings.enabled();
  }

  public boolean isEnabled() {
    return enabled;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Queues mail {@code kind} about the task in the current transaction (joining the caller's engine command or
   * Spring transaction); nothing when that mail was queued before: each kind goes once per task.
   */
  public void enqueue(String taskId, MailKind kind) {
    if (!enabled) {
      return;
    }
    engine.getCommandExecutorTxRequired().execute(commandContext -> {
      // A task just created has no mail yet: no need to look.
      if (kind == MailKind.TASK_CREATED || outbox.findByTaskIdAndKind(taskId, kind).isEmpty()) {
        MailOutboxEntry entry = outbox.save(new MailOutboxEntry(taskId, kind, clock.instant()));
        jobs.send(entry.getId());
      }
      return null;
    });
  }
}
