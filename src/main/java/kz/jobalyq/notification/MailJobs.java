package kz.jobalyq.notification;

import java.util.Date;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.stereotype.Component;

/**
 * Creates the engine jobs that deliver mail ({@link #SEND}: now, retried) and watch task deadlines
 * ({@link #DEADLINE}: a timer), in the current command so that they commit or roll back with its work. Jobs
 * are run by the job executor of whichever node acquires them first, exactly once.
 */
@Component
public class MailJobs {

  /** Delivers one {@link MailOutboxEntry}; configuration: its id. */
  public static final String SEND = "jobalyq-mail-send";
  /** Checks a task's deadline ({@link DeadlineWatch}); configuration: task id and the due date it was set for. */
  public static final String DEADLINE = "jobalyq-deadline";

  private volatile Definition definition;

  /** The {@link MailDeliveryProcess} definition and its job definitions, once deployed. */
  record Definition(String deploymentId, String definitionId, String sendJobDefinitionId,
      String deadlineJobDefinitionId) {
  }

  void use(Definition definition) {
    this.definition = definition;
  }

  void send(long outboxId) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(SEND);
    job.setJobHandlerConfigurationRaw(Long.toString(outboxId));
    attach(job, true);
    commandContext().getJobManager().send(job);
  }

  void watchDeadline(DeadlineWatch.Config config, Date at) {
    TimerEntity timer = new TimerEntity();
    timer.setJobHandlerType(DEADLINE);
    timer.setJobHandlerConfigurationRaw(config.toString());
    timer.setDuedate(at);
    attach(timer, false);
    commandContext().getJobManager().schedule(timer);
  }

  private void attach(JobEntity job, boolean send) {
    // Mail touches no process instance: no reason to wait for that instance's other jobs.
    job.setExclusive(false);
    Definition current = definition;
    if (current != null) {
      job.setProcessDefinitionId(current.definitionId());
      job.setProcessDefinitionKey(MailDeliveryProcess.KEY);
      job.setDeploymentId(current.deploymentId());
      job.setJobDefinitionId(send ? current.sendJobDefinitionId() : current.deadlineJobDefinitionId());
    }
  }

  private static CommandContext commandContext() {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      throw new IllegalStateException("mail jobs are created inside an engine command");
    }
    return context;
  }
}
