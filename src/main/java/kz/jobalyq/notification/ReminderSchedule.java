package kz.jobalyq.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the deadline scan on every node ({@code jobalyq.mail.reminders.enabled}, on by default; off in
 * tests, which call the scan themselves). Nodes do not collide: each mail is claimed in the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "jobalyq.mail.reminders.enabled", havingValue = "true", matchIfMissing = true)
public class ReminderSchedule {

  private final DeadlineReminders reminders;

  public ReminderSchedule(DeadlineReminders reminders) {
    this.reminders = reminders;
  }

  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${jobalyq.mail.reminders.interval:PT15M}")
  public void scan() {
    reminders.scan();
  }
}
