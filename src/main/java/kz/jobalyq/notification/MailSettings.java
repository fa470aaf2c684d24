package kz.jobalyq.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jobalyq.mail.*}: whether task mail is sent at all, its sender, the address people open
 * Tasklist at, and the deadline reminder scan. The SMTP server itself is {@code spring.mail.*}.
 */
@ConfigurationProperties("jobalyq.mail")
public record MailSettings(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("Jobalyq <noreply@jobalyq.local>") String from,
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue Reminders reminders) {

  /** The Tasklist page of one task. */
  public String taskLink(String taskId) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  /** {@code enabled}: whether this node scans for due and overdue tasks every {@code interval}. */
  public record Reminders(@DefaultValue("true") boolean enabled, @DefaultValue("PT15M") Duration interval) {
  }
}
