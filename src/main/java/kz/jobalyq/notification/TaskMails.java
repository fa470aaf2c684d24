package kz.jobalyq.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kz.jobalyq.notification.MailTemplates.Rendered;
import kz.jobalyq.notification.MailTemplates.TaskSummary;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail about a task to the people who must act on it: its assignee, or else its candidate users and
 * every member of its candidate groups, each in their own language. Mail never breaks the work that
 * caused it: it goes after that work committed, and a failure is logged, never thrown.
 */
@Service
public class TaskMails {

  private static final Logger LOG = LoggerFactory.getLogger(TaskMails.class);

  private final TaskService taskService;
  private final IdentityService identityService;
  private final PreferenceService preferences;
  private final NotificationLogRepository log;
  private final MailTemplates templates;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailSettings settings;
  private final TransactionTemplate newTransaction;
  private final Clock clock;

  public TaskMails(TaskService taskService, IdentityService identityService, PreferenceService preferences,
      NotificationLogRepository log, MailTemplates templates, ObjectProvider<JavaMailSender> mailSender,
      MailSettings settings, PlatformTransactionManager transactionManager, Clock clock) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.preferences = preferences;
    this.log = log;
    this.templates = templates;
    this.mailSender = mailSender;
    this.settings = settings;
    // After a commit the old transaction's resources are still bound: new work needs a transaction of its own.
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  public boolean isEnabled() {
    return settings.enabled();
  }

  /** Mails {@code kind} about the task once the current transaction commits; nothing if it rolls back. */
  public void sendAfterCommit(String taskId, MailKind kind) {
    if (!settings.enabled()) {
      return;
    }
    Runnable send = () -> {
      try {
        sendOnce(taskId, kind);
      } catch (RuntimeException e) {
        LOG.warn("Mail {} about task {} was not sent", kind, taskId, e);
      }
    };
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext != null) {
      commandContext.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> send.run());
    } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          send.run();
        }
      });
    } else {
      send.run();
    }
  }

  /**
   * Mails {@code kind} about the task unless that was done already (here or on another node): the
   * {@code notification_log} row is written first, under a unique key. Answers how many mails went out.
   */
  public int sendOnce(String taskId, MailKind kind) {
    if (!settings.enabled()) {
      return 0;
    }
    List<OutgoingMail> mails;
    try {
      mails = newTransaction.execute(status -> prepare(taskId, kind));
    } catch (DataIntegrityViolationException alreadyClaimed) {
      return 0;
    }
    int sent = 0;
    for (OutgoingMail mail : mails) {
      if (send(mail)) {
        sent++;
      }
    }
    return sent;
  }

  private List<OutgoingMail> prepare(String taskId, MailKind kind) {
    if (log.existsByTaskIdAndKind(taskId, kind)) {
      return List.of();
    }
    Task task = asPlatform(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      // Completed or deleted before the mail went out: nobody needs to act any more.
      return List.of();
    }
    Set<String> userIds = whoMustAct(task);
    Map<String, Preferences> chosen = preferences.of(userIds);
    if (kind.isReminder()) {
      userIds.removeIf(userId -> !chosen.get(userId).remindersEnabled());
    }
    List<User> readers = withAddress(userIds, task, kind);
    log.saveAndFlush(new NotificationLogEntry(taskId, kind,
        readers.stream().map(User::getEmail).collect(Collectors.joining(",")), clock.instant()));
    TaskSummary summary = new TaskSummary(task.getId(), task.getName(), task.getDescription(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(), settings.taskLink(task.getId()));
    List<OutgoingMail> mails = new ArrayList<>();
    for (User reader : readers) {
      Rendered rendered = templates.render(kind, chosen.get(reader.getId()).language(), summary, nameOf(reader));
      mails.add(new OutgoingMail(taskId, kind, reader.getEmail(), rendered));
    }
    return mails;
  }

  /** Who must act: the assignee, or else the candidate users and every member of the candidate groups. */
  private Set<String> whoMustAct(Task task) {
    Set<String> userIds = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      userIds.add(task.getAssignee());
    } else {
      for (IdentityLink link : asPlatform(() -> taskService.getIdentityLinksForTask(task.getId()))) {
        if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
          continue;
        }
        if (link.getUserId() != null) {
          userIds.add(link.getUserId());
        } else if (link.getGroupId() != null) {
          asPlatform(() -> identityService.createUserQuery().memberOfGroup(link.getGroupId()).list())
              .forEach(member -> userIds.add(member.getId()));
        }
      }
    }
    return userIds;
  }

  /** The users who have an e-mail address; the others are only logged. */
  private List<User> withAddress(Set<String> userIds, Task task, MailKind kind) {
    List<User> users = userIds.isEmpty() ? List.of()
        : asPlatform(() -> identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list());
    List<User> withMail = users.stream().filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
        .toList();
    Set<String> skipped = new LinkedHashSet<>(userIds);
    withMail.forEach(user -> skipped.remove(user.getId()));
    if (!skipped.isEmpty()) {
      LOG.info("Task {} '{}': no e-mail address for {}, no {} mail for them", task.getId(), task.getName(),
          skipped, kind);
    }
    return withMail;
  }

  private boolean send(OutgoingMail mail) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      LOG.warn("No mail server configured (spring.mail.host): {} mail to {} about task {} not sent", mail.kind(),
          mail.to(), mail.taskId());
      return false;
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(settings.from());
      helper.setTo(mail.to());
      helper.setSubject(mail.rendered().subject());
      helper.setText(mail.rendered().text(), mail.rendered().html());
      sender.send(message);
      return true;
    } catch (MailException | MessagingException e) {
      LOG.warn("{} mail to {} about task {} not sent: {}", mail.kind(), mail.to(), mail.taskId(), e.getMessage());
      return false;
    }
  }

  /**
   * Runs engine queries as the platform: the user whose action caused the mail may not see the task
   * or the people it goes to.
   */
  <T> T asPlatform(Supplier<T> work) {
    Authentication current = identityService.getCurrentAuthentication();
    if (current == null) {
      return work.get();
    }
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      identityService.setAuthentication(current);
    }
  }

  private static String nameOf(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  private record OutgoingMail(String taskId, MailKind kind, String to, Rendered rendered) {
  }
}
