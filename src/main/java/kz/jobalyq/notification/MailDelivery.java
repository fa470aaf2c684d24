package kz.jobalyq.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jobalyq.notification.MailTemplates.Rendered;
import kz.jobalyq.notification.MailTemplates.TaskSummary;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one outbox entry, inside its engine job ({@link MailJobs#SEND}): finds who must hear of the task,
 * writes one {@link MailMessage} per reader, and sends those not yet sent, a batch per SMTP connection. What the
 * server took is marked sent in a transaction of its own right away, so a retry after a failure half-way sends
 * only the rest (only a node dying between the server's answer and that mark can send a batch twice). A failure is
 * thrown: the engine retries the job ({@code jobalyq.mail.retry-cycle}) and, after the last retry, shows an incident
 * in Cockpit. While it sends, the job holds the entry's row locked ({@link #holdForSending}), so a second node
 * never sends the same mail alongside.
 */
@Service
public class MailDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
  /** Mails sent over one SMTP connection. */
  private static final int BATCH = 25;

  private final MailOutboxRepository outbox;
  private final MailMessageRepository messages;
  private final IdentityService identityService;
  private final PreferenceService preferences;
  private final MailTemplates templates;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailSettings settings;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final Counter sent;
  private final Counter failed;
  private final ProcessEngineConfigurationImpl engine;
  private final ObjectProvider<DeadlineWatch> deadlines;
  private final JdbcTemplate jdbc;

  public MailDelivery(MailOutboxRepository outbox, MailMessageRepository messages, IdentityService identityService,
      PreferenceService preferences, MailTemplates templates, ObjectProvider<JavaMailSender> mailSender,
      MailSettings settings, PlatformTransactionManager transactionManager, Clock clock, MeterRegistry meters,
      ProcessEngineConfigurationImpl engine, ObjectProvider<DeadlineWatch> deadlines, JdbcTemplate jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.deadlines = deadlines;
    this.outbox = outbox;
    this.messages = messages;
    this.identityService = identityService;
    this.preferences = preferences;
    this.templates = templates;
    this.mailSender = mailSender;
    this.settings = settings;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.sent = Counter.builder("jobalyq.mail.sent").description("Mails the SMTP server accepted")
        .register(meters);
    this.failed = Counter.builder("jobalyq.mail.failed").description("Attempts to send a mail that failed")
        .register(meters);
  }

  /** Runs inside the job's command: engine data is read without the authorisations of whoever runs it. */
  void deliver(long outboxId) {
    CommandContext commandContext = Context.getCommandContext();
    commandContext.disableAuthorizationCheck();
    try {
      MailOutboxEntry entry = outbox.findById(outboxId).orElse(null);
      if (entry == null) {
        return;
      }
      if (entry.getStatus() == MailOutboxEntry.Status.QUEUED) {
        entry = expand(entry);
      }
      if (entry.getStatus() == MailOutboxEntry.Status.EXPANDED) {
        holdForSending(outboxId);
        sendQueued(entry);
      }
    } finally {
      commandContext.enableAuthorizationCheck();
    }
  }

  /**
   * Locks the entry's row until this job's transaction ends. A job runs on one node at a time only while its lock
   * lasts ({@code camunda.bpm.job-execution.lock-time-in-millis}); should sending outlast it (a slow SMTP server),
   * another node may take the job again. That node waits here until the first one is done, then finds the mails
   * the first one sent marked sent (each batch's mark commits on its own) and sends only the rest. Taken after
   * {@link #expand}, whose own transaction writes this row.
   */
  private void holdForSending(long outboxId) {
    jdbc.queryForObject("SELECT id FROM mail_outbox WHERE id = ? FOR UPDATE", Long.class, outboxId);
  }

  /**
   * Who hears of a task: its assignee and its candidate users; the members of its candidate groups only when it
   * has neither candidate users nor an assignee. (Per-record routing makes a record's role holders the
   * candidate users of its tasks: then they, not the whole group, are told.)
   */
  Set<String> recipients(TaskEntity task) {
    Set<String> userIds = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      userIds.add(task.getAssignee());
    }
    List<String> groups = new ArrayList<>();
    Set<String> candidateUsers = new LinkedHashSet<>();
    for (IdentityLink link : task.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getUserId() != null) {
          candidateUsers.add(link.getUserId());
        } else if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
    }
    userIds.addAll(candidateUsers);
    if (candidateUsers.isEmpty() && task.getAssignee() == null) {
      for (String group : groups) {
        identityService.createUserQuery().memberOfGroup(group).list().forEach(member -> userIds.add(member.getId()));
      }
    }
    return userIds;
  }

  /**
   * Finds the readers and writes their mails in a transaction of its own, committed before anything is sent: a
   * retry finds the same readers and skips those already mailed. A new task's deadline timer is set with it.
   */
  private MailOutboxEntry expand(MailOutboxEntry entry) {
    return engine.getCommandExecutorTxRequiresNew().execute(commandContext -> {
      commandContext.disableAuthorizationCheck();
      return expand(entry, commandContext);
    });
  }

  private MailOutboxEntry expand(MailOutboxEntry entry, CommandContext commandContext) {
    TaskEntity task = commandContext.getTaskManager().findTaskById(entry.getTaskId());
    List<MailMessage> readers = new ArrayList<>();
    if (task != null) {
      Set<String> userIds = recipients(task);
      Map<String, Preferences> chosen = preferences.of(userIds);
      if (entry.getKind().isReminder()) {
        userIds.removeIf(userId -> !chosen.get(userId).remindersEnabled());
      }
      for (User reader : withAddress(userIds, task, entry.getKind())) {
        readers.add(new MailMessage(entry.getId(), reader.getId(), reader.getEmail(), nameOf(reader),
            chosen.get(reader.getId()).language()));
      }
    }
    MailOutboxEntry fresh = outbox.findById(entry.getId()).orElseThrow();
    if (task == null || readers.isEmpty()) {
      // Completed or deleted before the mail went out, or nobody with an address: nobody to tell.
      fresh.dropped(clock.instant());
    } else {
      fresh.expanded(task.getName(), task.getDescription(),
          task.getDueDate() == null ? null : task.getDueDate().toInstant(), clock.instant());
      messages.saveAll(readers);
    }
    if (task != null && entry.getKind() == MailKind.TASK_CREATED) {
      deadlines.getObject().watch(task);
    }
    return outbox.save(fresh);
  }

  private void sendQueued(MailOutboxEntry entry) {
    List<MailMessage> queued = messages.findByOutboxIdAndStatusOrderById(entry.getId(), MailMessage.Status.QUEUED);
    if (queued.isEmpty()) {
      return;
    }
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      throw new MailNotSentException("no mail server configured (spring.mail.host): " + queued.size()
          + " mail(s) about task " + entry.getTaskId() + " wait");
    }
    TaskSummary task = new TaskSummary(entry.getTaskId(), entry.getTaskName(), entry.getTaskDescription(),
        entry.getTaskDue(), settings.taskLink(entry.getTaskId()));
    List<String> errors = new ArrayList<>();
    for (int from = 0; from < queued.size(); from += BATCH) {
      Batch batch = send(sender, entry.getKind(), task, queued.subList(from, Math.min(queued.size(), from + BATCH)));
      errors.addAll(batch.errors().values());
      if (batch.serverUnreachable()) {
        // The next readers would wait for the same time-out: the whole entry is tried again later.
        break;
      }
    }
    if (!errors.isEmpty()) {
      throw new MailNotSentException(entry.getKind() + " mail about task " + entry.getTaskId() + " '"
          + entry.getTaskName() + "' not sent to " + String.join("; ", errors));
    }
  }

  private record Batch(Map<Long, String> errors, boolean serverUnreachable) {
  }

  /**
   * Sends a few readers' mails over one SMTP connection and records, in a transaction of its own, which the
   * server took: a retry sends only the others.
   */
  private Batch send(JavaMailSender sender, MailKind kind, TaskSummary task, List<MailMessage> batch) {
    Map<Long, String> errors = new LinkedHashMap<>();
    Map<MimeMessage, MailMessage> byMime = new LinkedHashMap<>();
    for (MailMessage message : batch) {
      try {
        byMime.put(mimeMessage(sender, kind, task, message), message);
      } catch (MessagingException e) {
        errors.put(message.getId(), message.getRecipient() + ": " + e.getMessage());
      }
    }
    boolean unreachable = false;
    try {
      sender.send(byMime.keySet().toArray(MimeMessage[]::new));
    } catch (MailSendException e) {
      unreachable = serverUnreachable(e);
      if (e.getFailedMessages().isEmpty()) {
        byMime.values().forEach(message -> errors.put(message.getId(), message.getRecipient() + ": " + e.getMessage()));
      }
      e.getFailedMessages().forEach((mime, failure) -> {
        MailMessage message = byMime.get(mime);
        if (message != null) {
          errors.put(message.getId(), message.getRecipient() + ": " + failure.getMessage());
        }
      });
    } catch (MailException e) {
      unreachable = true;
      byMime.values().forEach(message -> errors.put(message.getId(), message.getRecipient() + ": " + e.getMessage()));
    }
    ownTransaction.executeWithoutResult(status -> {
      for (MailMessage message : messages.findAllById(batch.stream().map(MailMessage::getId).toList())) {
        String error = errors.get(message.getId());
        if (error == null) {
          message.sent(clock.instant());
          sent.increment();
        } else {
          message.failed(error);
          failed.increment();
        }
      }
    });
    return new Batch(errors, unreachable);
  }

  private MimeMessage mimeMessage(JavaMailSender sender, MailKind kind, TaskSummary task, MailMessage message)
      throws MessagingException {
    Rendered rendered = templates.render(kind, message.getLanguage(), task, message.getReaderName());
    MimeMessage mime = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
    helper.setFrom(settings.from());
    helper.setTo(message.getRecipient());
    helper.setSubject(rendered.subject());
    helper.setText(rendered.text(), rendered.html());
    return mime;
  }

  /** The users who have an e-mail address; the others are only logged. */
  private List<User> withAddress(Set<String> userIds, TaskEntity task, MailKind kind) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    Map<String, User> found = new LinkedHashMap<>();
    identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()
        .forEach(user -> found.put(user.getId(), user));
    List<User> withMail = new ArrayList<>();
    Set<String> skipped = new LinkedHashSet<>();
    for (String userId : userIds) {
      User user = found.get(userId);
      if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
        withMail.add(user);
      } else {
        skipped.add(userId);
      }
    }
    if (!skipped.isEmpty()) {
      LOG.info("Task {} '{}': no e-mail address for {}, no {} mail for them", task.getId(), task.getName(), skipped,
          kind);
    }
    return withMail;
  }

  private static boolean serverUnreachable(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
          || cause instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  private static String nameOf(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  /** A mail that could not be sent this time; the engine retries its job. */
  static final class MailNotSentException extends RuntimeException {
    MailNotSentException(String message) {
      super(message);
    }
  }
}
