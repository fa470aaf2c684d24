package kz.jobalyq.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jobalyq.mail.*}: whether task mail is sent at all, its sender, the address people open Tasklist at,
 * and how a mail that cannot be sent is retried (ISO 8601 {@code R<times>/<interval>}; after the last try the
 * mail shows as an incident in Cockpit). The SMTP server itself is {@code spring.mail.*}.
 */
@ConfigurationProperties("jobalyq.mail")
public record MailSettings(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("Jobalyq <noreply@jobalyq.local>") String from,
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("R12/PT15M") String retryCycle) {

  /** The Tasklist page of one task. */
  public String taskLink(String taskId) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
