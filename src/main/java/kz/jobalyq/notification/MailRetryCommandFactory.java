package kz.jobalyq.notification;

import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Failed mail jobs retry on {@code jobalyq.mail.retry-cycle} (an SMTP server can be away for hours); every other
 * job keeps the engine's rule ({@code failed-job-retry-time-cycle}, or the model's own).
 */
final class MailRetryCommandFactory implements FailedJobCommandFactory {

  private final String mailRetryCycle;

  MailRetryCommandFactory(String mailRetryCycle) {
    this.mailRetryCycle = mailRetryCycle;
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    return new DefaultJobRetryCmd(jobId, exception) {
      @Override
      public Object execute(CommandContext commandContext) {
        JobEntity job = getJob();
        if (job == null || !(MailJobs.SEND.equals(job.getJobHandlerType())
            || MailJobs.DEADLINE.equals(job.getJobHandlerType()))) {
          return super.execute(commandContext);
        }
        DurationHelper cycle;
        try {
          cycle = new DurationHelper(mailRetryCycle);
        } catch (Exception e) {
          throw new IllegalStateException("jobalyq.mail.retry-cycle is not an ISO 8601 repetition: "
              + mailRetryCycle, e);
        }
        job.setLockExpirationTime(cycle.getDateAfter());
        if (isFirstJobExecution(job)) {
          initializeRetries(job, cycle.getTimes());
        }
        logException(job);
        decrementRetries(job);
        notifyAcquisition(commandContext);
        return null;
      }
    };
  }
}
