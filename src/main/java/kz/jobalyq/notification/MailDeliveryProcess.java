package kz.jobalyq.notification;

/**
 * The system definition {@code jobalyq-mail} (classpath {@code notification/jobalyq-mail.bpmn}), never started:
 * the mail jobs belong to it so that Cockpit lists them under a process, shows a mail that failed after its
 * retries as an incident on {@link #TASK_SEND_MAIL}, and lets an administrator suspend mail or deadline timers
 * as a job definition.
 */
public final class MailDeliveryProcess {

  public static final String KEY = "jobalyq-mail";
  public static final String RESOURCE = "notification/jobalyq-mail.bpmn";
  public static final String DEPLOYMENT_NAME = "jobalyq-mail";
  /** Where mail jobs (and their incidents) show. */
  public static final String TASK_SEND_MAIL = "Task_SendMail";
  /** Where deadline timers (reminder, overdue notice) show. */
  public static final String TIMER_DEADLINE = "Timer_Deadline";

  private MailDeliveryProcess() {
  }
}
