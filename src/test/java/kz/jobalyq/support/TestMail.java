package kz.jobalyq.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import kz.jobalyq.notification.MailDeliveryProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real SMTP server in the test JVM (GreenMail), on a free port so that parallel builds on one
 * machine never share it: the platform's {@code spring.mail.port} is pointed at it. Every mail the
 * platform sends in a test run lands here; tests read it by recipient.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMail {

  @Bean(destroyMethod = "stop")
  GreenMail greenMail() {
    GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    server.start();
    return server;
  }

  @Bean
  DynamicPropertyRegistrar greenMailAsMailServer(GreenMail greenMail) {
    return registry -> {
      registry.add("spring.mail.host", () -> greenMail.getSmtp().getBindTo());
      registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
    };
  }

  /**
   * Does what the job executor (off in tests) would do now, by the engine clock: runs the mail jobs and deadline
   * timers that are due and not waiting for a retry, again and again while they make new ones. Answers how many
   * runs failed (the engine counts down their retries as it would).
   */
  public static int deliver(ManagementService managementService) {
    int failures = 0;
    for (int round = 0; round < 10; round++) {
      Date now = ClockUtil.getCurrentTime();
      // A failed job waits for its retry interval as its lock expiration, as the job executor sees it.
      List<Job> due = managementService.createJobQuery().processDefinitionKey(MailDeliveryProcess.KEY)
          .executable().active().list().stream()
          .filter(job -> ((JobEntity) job).getLockExpirationTime() == null
              || !((JobEntity) job).getLockExpirationTime().after(now))
          .toList();
      if (due.isEmpty()) {
        break;
      }
      for (Job job : due) {
        try {
          managementService.executeJob(job.getId());
        } catch (RuntimeException failed) {
          failures++;
        }
      }
    }
    return failures;
  }

  /** The mails received for {@code address}, oldest first. */
  public static List<MimeMessage> to(GreenMail greenMail, String address) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> isFor(message, address)).toList();
  }

  /** The plain-text part of a mail. */
  public static String text(MimeMessage message) {
    return part(message, "text/plain");
  }

  /** The HTML part of a mail. */
  public static String html(MimeMessage message) {
    return part(message, "text/html");
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isFor(MimeMessage message, String address) {
    try {
      return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
          .anyMatch(recipient -> ((InternetAddress) recipient).getAddress().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(Part part, String type) {
    try {
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          String found = part(child, type);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
