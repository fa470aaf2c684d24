package kz.jobalyq.notification;

import static kz.jobalyq.support.TestMail.html;
import static kz.jobalyq.support.TestMail.subject;
import static kz.jobalyq.support.TestMail.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.escalation.EscalationService;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestMail;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Task mail through a real SMTP server (GreenMail): who gets which mail, in which language, when —
 * on the change-request review task, whose candidate group is the project leads.
 */
@IntegrationTest
class TaskMailTest {

  /** Thursday 19 March 2026, 10:00 in Astana; 21–25 March are days off (Nauryz), 26 March is a Thursday. */
  private static final Date FILED = date("2026-03-19T10:00:00+05:00");
  private static final String GROUP = Role.PROJECT_LEAD.groupId();
  /** Test project leads beside the demo user "lead": Kazakh (by default), Russian, reminders off, no address. */
  private static final String KAZAKH = "mail-kk";
  private static final String RUSSIAN = "mail-ru";
  private static final String QUIET = "mail-quiet";
  private static final String NO_ADDRESS = "mail-none";
  /** The holders of {@link #ourProject()}'s lead role who have an address: one mail each. */
  private static final List<String> LEADS_WITH_ADDRESS = List.of("lead", KAZAKH, RUSSIAN, QUIET);

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private PreferenceService preferences;
  @Autowired
  private NotificationService notifications;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private EscalationService escalations;
  @Autowired
  private MailOutboxRepository outbox;
  @Autowired
  private MailMessageRepository messages;
  @Autowired
  private TestChangeRequests filings;
  @Autowired
  private TestProjects projects;
  @Autowired
  private OrganisationService organisation;
  @Autowired
  private GreenMail greenMail;
  @Autowired
  private JavaMailSenderImpl mailSender;
  @Autowired
  private PlatformTransactionManager transactionManager;

  @BeforeEach
  void setUp() throws Exception {
    init(engine);
    ClockUtil.setCurrentTime(FILED);
    createProjectLead(KAZAKH, "Әсел", "Нұрова", address(KAZAKH));
    createProjectLead(RUSSIAN, "Ирина", "Ким", address(RUSSIAN));
    createProjectLead(QUIET, "Дана", "Сапарова", address(QUIET));
    createProjectLead(NO_ADDRESS, "Арман", "Жанов", null);
    preferences.update(KAZAKH, "kk", true);
    preferences.update(RUSSIAN, "ru", true);
    preferences.update(QUIET, "kk", false);
    greenMail.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    for (String userId : List.of(KAZAKH, RUSSIAN, QUIET, NO_ADDRESS)) {
      identityService.deleteUser(userId);
    }
  }

  @Test
  void aNewGroupTaskMailsEveryMemberWithAnAddressInTheirOwnLanguage() throws Exception {
    ProcessInstance instance = filings.file(ourProject(), "CHANGE", "2026-03-26");
    TestMail.deliver(managementService);
    Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    String taskName = instance.getBusinessKey() + " · Өзгеріске сұрау салуды қарау — " + TestProjects.ORDINARY_NAME;
    assertThat(review.getName()).isEqualTo(taskName);

    MimeMessage kazakh = onlyMail(KAZAKH, instance.getBusinessKey());
    assertThat(subject(kazakh)).isEqualTo("Жаңа тапсырма: " + taskName + " · мерзімі 26.03.2026 23:59");
    assertThat(text(kazakh))
        .contains("Құрметті Әсел Нұрова!", "Тапсырма: " + taskName, "Мерзімі: 26.03.2026 23:59",
            "http://jobalyq.test/camunda/app/tasklist/default/#/?task=" + review.getId())
        .doesNotContain("еске салуларды");
    assertThat(html(kazakh)).contains("lang=\"kk\"",
        "<a href=\"http://jobalyq.test/camunda/app/tasklist/default/#/?task=" + review.getId() + "\">");
    assertThat(kazakh.getFrom()[0].toString()).contains("noreply@jobalyq.local");

    MimeMessage russian = onlyMail(RUSSIAN, instance.getBusinessKey());
    assertThat(subject(russian)).isEqualTo("Новая задача: " + taskName + " · срок 26.03.2026 23:59");
    assertThat(text(russian)).contains("Здравствуйте, Ирина Ким!", "Задача: " + taskName, "Срок: 26.03.2026 23:59");

    // Reminders off does not silence the news of new work.
    assertThat(subject(onlyMail(QUIET, instance.getBusinessKey()))).startsWith("Жаңа тапсырма: ");
    assertThat(subject(onlyMail("lead@jobalyq.local", instance.getBusinessKey()))).startsWith("Жаңа тапсырма: ");
    // One mail per group member with an address, none for the member without one.
    assertThat(mailsAbout(instance.getBusinessKey())).hasSize(LEADS_WITH_ADDRESS.size());
    assertThat(outbox.findByTaskIdOrderById(review.getId())).singleElement()
        .satisfies(entry -> {
          assertThat(entry.getKind()).isEqualTo(MailKind.TASK_CREATED);
          assertThat(messages.findByOutboxIdOrderById(entry.getId())).extracting(MailMessage::getRecipient)
              .contains(address(KAZAKH), address(RUSSIAN), address(QUIET)).doesNotContain(NO_ADDRESS);
        });
  }

  @Test
  void theReminderComesOnTheWorkingDayBeforeTheDeadlineSkippingTheDaysOffAndOnlyOnce() {
    // Due Thursday 26 March: the working day before is Friday 20 March (21–25 March are days off).
    ProcessInstance instance = filings.file(ourProject(), "CHANGE", "2026-03-26");
    String number = instance.getBusinessKey();

    scanAt("2026-03-19T23:59:00+05:00");
    assertThat(reminderSubjects(KAZAKH, number)).isEmpty();

    scanAt("2026-03-20T00:01:00+05:00");
    assertThat(reminderSubjects(KAZAKH, number)).containsExactly(
        "Еске салу: мерзімі келесі жұмыс күні аяқталады — " + number
            + " · Өзгеріске сұрау салуды қарау — " + TestProjects.ORDINARY_NAME + " · мерзімі 26.03.2026 23:59");
    assertThat(text(mailsTo(KAZAKH, number).get(1)))
        .contains("Тапсырманың орындалу мерзімі келесі жұмыс күні аяқталады.", "PUT /api/me/preferences");
    assertThat(reminderSubjects(RUSSIAN, number)).containsExactly(
        "Напоминание: срок истекает в следующий рабочий день — " + number
            + " · Өзгеріске сұрау салуды қарау — " + TestProjects.ORDINARY_NAME + " · срок 26.03.2026 23:59");
    assertThat(reminderSubjects(QUIET, number)).as("reminders turned off").isEmpty();

    scanAt("2026-03-20T15:00:00+05:00");
    scanAt("2026-03-24T09:00:00+05:00");
    assertThat(reminderSubjects(KAZAKH, number)).hasSize(1);
    assertThat(reminderSubjects(RUSSIAN, number)).hasSize(1);
  }

  @Test
  void aDeadlineOnMondayIsRemindedOnTheFridayBefore() {
    ProcessInstance instance = filings.file(ourProject(), "CHANGE", "2026-03-30");
    String number = instance.getBusinessKey();
    TestMail.deliver(managementService);

    scanAt("2026-03-26T18:00:00+05:00");
    assertThat(reminderSubjects(KAZAKH, number)).isEmpty();

    scanAt("2026-03-27T08:30:00+05:00");
    assertThat(reminderSubjects(KAZAKH, number)).singleElement().asString().endsWith("мерзімі 30.03.2026 23:59");
  }

  @Test
  void anOverdueTaskIsReportedOnceAndNotToWhoTurnedRemindersOff() {
    ProcessInstance instance = filings.file(ourProject(), "CHANGE", "2026-03-26");
    String number = instance.getBusinessKey();

    scanAt("2026-03-19T12:00:00+05:00");
    assertThat(overdueSubjects(KAZAKH, number)).isEmpty();

    // No scan ran while the reminder was due (20–26 March): past the deadline only the overdue notice goes.
    scanAt("2026-03-27T09:00:00+05:00");
    scanAt("2026-03-27T09:15:00+05:00");
    scanAt("2026-03-30T09:00:00+05:00");
    assertThat(overdueSubjects(KAZAKH, number)).containsExactly(
        "Мерзімі өтті: " + number + " · Өзгеріске сұрау салуды қарау — " + TestProjects.ORDINARY_NAME + " · мерзімі 26.03.2026 23:59");
    assertThat(overdueSubjects(RUSSIAN, number)).containsExactly(
        "Просрочено: " + number + " · Өзгеріске сұрау салуды қарау — " + TestProjects.ORDINARY_NAME + " · срок 26.03.2026 23:59");
    assertThat(text(mailsTo(RUSSIAN, number).get(1))).contains("Срок выполнения задачи истёк");
    assertThat(reminderSubjects(KAZAKH, number)).isEmpty();
    assertThat(mailsTo(QUIET, number)).extracting(TestMail::subject).singleElement().asString()
        .startsWith("Жаңа тапсырма: ");
  }

  @Test
  void aTaskDoneBeforeItsDeadlineGetsNoReminder() {
    ProcessInstance instance = filings.file(ourProject(), "CHANGE", "2026-03-26");
    Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    taskService.complete(review.getId(), Map.of(ChangeRequestProcess.Vars.REVIEW_OUTCOME,
        ChangeRequestProcess.OUTCOME_ACCEPT));

    scanAt("2026-03-20T09:00:00+05:00");
    scanAt("2026-03-27T09:00:00+05:00");
    assertThat(mailsTo(KAZAKH, instance.getBusinessKey())).extracting(TestMail::subject)
        .noneMatch(subject -> subject.startsWith("Еске салу") || subject.startsWith("Мерзімі өтті"));
  }

  @Test
  void anEscalationNoticeIsMailedToTheGroupOnceItsTransactionCommits() {
    String subject = "ESC-TEST-1 · Өтінімдерді қарау мерзімі өтті";
    Task notice = notifications.escalateToGroup(GROUP, Notice.of("hiring.notice.reviewOverdue.subject",
        "hiring.notice.reviewOverdue.message", "ESC-TEST-1", "Жоба жетекшісі: ESC"));
    TestMail.deliver(managementService);
    try {
      MimeMessage kazakh = onlyMail(KAZAKH, "ESC-TEST-1");
      assertThat(subject(kazakh)).isEqualTo("Эскалация: " + subject);
      assertThat(text(kazakh)).contains("эскалацияланған мәселе", "Толығырақ: Базалық бағытты іске асыру тобы "
          + "өтінімдерді 3 жұмыс күнінде қарамады (§9.3): Жоба жетекшісі: ESC", "?task=" + notice.getId());
      assertThat(text(onlyMail(RUSSIAN, "ESC-TEST-1"))).contains("эскалирован вопрос", "Подробности: ");
      assertThat(subject(onlyMail(QUIET, "ESC-TEST-1"))).isEqualTo("Эскалация: " + subject);
    } finally {
      taskService.deleteTask(notice.getId(), true);
    }

    Task direct = notifications.notifyUser(RUSSIAN, Notice.of("change.notice.accepted.subject",
        "change.notice.closed.message", "NOTE-TEST-1", Notice.term("change.notice.accepted.outcome"), ""));
    TestMail.deliver(managementService);
    try {
      assertThat(subject(onlyMail(RUSSIAN, "NOTE-TEST-1")))
          .isEqualTo("Уведомление: NOTE-TEST-1 · Орындауға қабылданды");
      assertThat(mailsAbout("NOTE-TEST-1")).hasSize(1);
    } finally {
      taskService.deleteTask(direct.getId(), true);
    }

    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      notifications.notifyGroup(GROUP, Notice.of("hiring.notice.reviewDueTomorrow.subject",
          "hiring.notice.reviewDueTomorrow.message", "ROLLBACK-TEST-1", "2026-03-30"));
      status.setRollbackOnly();
    });
    TestMail.deliver(managementService);
    assertThat(mailsAbout("ROLLBACK-TEST-1")).isEmpty();
    assertThat(taskService.createTaskQuery().taskNameLike("ROLLBACK-TEST-1%").count()).isZero();
  }

  @Test
  void aRaisedProblemIsMailedToItsWatchersAsAnEscalation() {
    String problem = escalations.raiseFromWeeklyReport(projects.ordinary().number(), "Жабдық жеткізілмеді", null,
        null, "lead");
    TestMail.deliver(managementService);

    List<String> toGroupHead = TestMail.to(greenMail, "pghead@jobalyq.local").stream()
        .filter(mail -> subject(mail).contains(problem)).map(TestMail::subject).toList();
    assertThat(toGroupHead).anyMatch(subject -> subject.startsWith("Эскалация: " + problem + " · Жобада проблема: "));
    // §99 names the implementation group lead and the head of the project office, not its chief manager.
    assertThat(TestMail.to(greenMail, "pohead@jobalyq.local")).extracting(TestMail::subject)
        .anyMatch(subject -> subject.startsWith("Эскалация: " + problem));
    assertThat(TestMail.to(greenMail, "bdlead@jobalyq.local")).extracting(TestMail::subject)
        .anyMatch(subject -> subject.startsWith("Эскалация: " + problem));
    assertThat(TestMail.to(greenMail, "pomanager@jobalyq.local")).extracting(TestMail::subject)
        .noneMatch(subject -> subject.contains(problem));
  }

  @Test
  void anUnreachableMailServerNeverStopsTheProcessAndItsMailGoesOnceTheServerIsBack() throws IOException {
    int port = mailSender.getPort();
    mailSender.setPort(closedPort());
    ProcessInstance instance;
    try {
      instance = filings.file(ourProject(), "CHANGE", null);
      assertThat(instance).isWaitingAt(ChangeRequestProcess.TASK_REVIEW);
      assertThat(TestMail.deliver(managementService)).isPositive();
      Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(outbox.findByTaskIdOrderById(review.getId())).hasSize(1);
      assertThat(mailsAbout(instance.getBusinessKey())).isEmpty();
    } finally {
      mailSender.setPort(port);
    }
    // The next try comes after the retry interval (jobalyq.mail.retry-cycle), not before.
    TestMail.deliver(managementService);
    assertThat(mailsAbout(instance.getBusinessKey())).isEmpty();
    ClockUtil.setCurrentTime(new Date(FILED.getTime() + 16 * 60 * 1000));
    TestMail.deliver(managementService);
    assertThat(mailsAbout(instance.getBusinessKey())).hasSize(LEADS_WITH_ADDRESS.size());
    assertThat(onlyMail(KAZAKH, instance.getBusinessKey())).isNotNull();
  }

  /**
   * A project the test's users lead together with the demo lead: its tasks reach these holders (not every
   * project lead of the ministry), so each of them hears of them.
   */
  private ProjectSummary ourProject() {
    ProjectSummary project = projects.ordinary();
    for (String userId : List.of(KAZAKH, RUSSIAN, QUIET, NO_ADDRESS)) {
      organisation.assignProjectRole(project.number(), userId, Role.PROJECT_LEAD);
    }
    return project;
  }

  private void scanAt(String instant) {
    ClockUtil.setCurrentTime(date(instant));
    TestMail.deliver(managementService);
  }

  private void createProjectLead(String userId, String firstName, String lastName, String email) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      identityService.saveUser(user);
      identityService.createMembership(userId, GROUP);
    }
  }

  private MimeMessage onlyMail(String userOrAddress, String about) {
    List<MimeMessage> mails = mailsTo(userOrAddress, about);
    assertThat(mails).as("mails to %s about %s", userOrAddress, about).hasSize(1);
    return mails.get(0);
  }

  private List<MimeMessage> mailsTo(String userOrAddress, String about) {
    String address = userOrAddress.contains("@") ? userOrAddress : address(userOrAddress);
    return TestMail.to(greenMail, address).stream().filter(mail -> subject(mail).contains(about)).toList();
  }

  private List<MimeMessage> mailsAbout(String about) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> subject(mail).contains(about)).toList();
  }

  private List<String> reminderSubjects(String userId, String about) {
    return mailsTo(userId, about).stream().map(TestMail::subject)
        .filter(subject -> subject.startsWith("Еске салу") || subject.startsWith("Напоминание")).toList();
  }

  private List<String> overdueSubjects(String userId, String about) {
    return mailsTo(userId, about).stream().map(TestMail::subject)
        .filter(subject -> subject.startsWith("Мерзімі өтті") || subject.startsWith("Просрочено")).toList();
  }

  private static String address(String userId) {
    return userId + "@jobalyq.test";
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Date date(String instant) {
    return Date.from(java.time.OffsetDateTime.parse(instant).toInstant());
  }
}
