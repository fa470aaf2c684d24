package kz.jobalyq.notification;

import java.util.List;
import kz.jobalyq.system.metrics.PeriodicGauges;
import kz.jobalyq.system.metrics.PeriodicGauges.Row;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * Mail for Prometheus: {@code jobalyq_mail_queued} (mail events whose readers are not found yet, and readers'
 * mails not yet taken by the SMTP server) and {@code jobalyq_mail_failed} (mail jobs out of retries: incidents).
 * {@link MailDelivery} counts {@code jobalyq_mail_sent_total} and {@code jobalyq_mail_failed_total} (attempts).
 */
@Component
class MailMetrics {

  MailMetrics(PeriodicGauges gauges, MailOutboxRepository outbox, MailMessageRepository messages,
      ManagementService managementService) {
    gauges.register("jobalyq.mail.queued", "Mail waiting to be sent", () -> List.of(
        Row.of(outbox.countByStatus(MailOutboxEntry.Status.QUEUED), "stage", "event"),
        Row.of(messages.countByStatus(MailMessage.Status.QUEUED), "stage", "message")));
    gauges.register("jobalyq.mail.jobs.failed", "Mail jobs with no retries left (incidents in Cockpit)", () ->
        List.of(Row.of(managementService.createJobQuery().processDefinitionKey(MailDeliveryProcess.KEY)
            .noRetriesLeft().count())));
  }
}
