package kz.jobalyq.notification;

/** Why a mail about a task is sent; each kind goes at most once per task. */
public enum MailKind {
  /** A user task was created for the person or their group. */
  TASK_CREATED("created", false),
  /** The task's deadline is the next working day (sent from the start of the working day before). */
  DUE_SOON("reminder", true),
  /** The task's deadline has passed and it is still open. */
  OVERDUE("overdue", true),
  /** A notice that something was escalated to the person or their group (NotificationService.escalateTo...). */
  ESCALATED("escalated", false),
  /** Any other notice of NotificationService (an outcome, a schedule correction). */
  NOTICE("notice", false);

  private final String templateKey;
  private final boolean reminder;

  MailKind(String templateKey, boolean reminder) {
    this.templateKey = templateKey;
    this.reminder = reminder;
  }

  /** Prefix of this kind's texts in {@code mail/messages_*.properties}. */
  public String templateKey() {
    return templateKey;
  }

  /** Reminders are what a user may turn off; the news of a new task or an escalation always comes. */
  public boolean isReminder() {
    return reminder;
  }
}
