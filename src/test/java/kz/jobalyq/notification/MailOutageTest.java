package kz.jobalyq.notification;

import static kz.jobalyq.support.TestMail.subject;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.TestMail;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An SMTP outage in the middle of work: the mail server (GreenMail on a port of this test's own) is stopped and
 * started again while tasks are created and reminders fall due. Every mail arrives, each exactly once; a mail
 * that still fails after all its retries is an incident of the mail definition, retried from Cockpit or REST.
 */
@IntegrationTest
class MailOutageTest {

  private static final String KEY = "mail-outage-check";
  private static final String GROUP = "mail-outage-readers";
  /** Monday 6 April 2026, 10:00 in Astana; tasks are due on Thursday 9 April (reminder from Wednesday 00:00). */
  private static final OffsetDateTime START = OffsetDateTime.parse("2026-04-06T10:00:00+05:00");

  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private JavaMailSenderImpl mailSender;
  @Autowired
  private TestRestTemplate rest;

  private GreenMail server;
  private int sharedPort;
  private final List<MimeMessage> received = new ArrayList<>();
  private List<String> readers;

  @BeforeEach
  void setUp() throws IOException {
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    readers = MailTestProcess.group(identityService, GROUP, "outage", 3);
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
      MailTestProcess.deploy(repositoryService, KEY, GROUP, "2026-04-09T23:59:59+05:00");
    }
    // Whatever other tests left queued goes to the shared server first.
    TestMail.deliver(managementService);
    sharedPort = mailSender.getPort();
    server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    mailSender.setPort(server.getSmtp().getPort());
  }

  @AfterEach
  void tearDown() {
    mailSender.setPort(sharedPort);
    server.stop();
    ClockUtil.reset();
  }

  @Test
  void mailQueuedWhileTheServerIsDownArrivesOnceWhenItIsBack() {
    String first = start("OUT-1");
    TestMail.deliver(managementService);
    assertThat(receivedAbout(first)).hasSize(3);

    stopServer();
    String second = start("OUT-2");
    // The first task's reminder falls due during the outage (Wednesday, the working day before Thursday).
    at("2026-04-08T08:00:00+05:00");
    assertThat(TestMail.deliver(managementService)).as("attempts that failed while the server was down")
        .isPositive();
    at("2026-04-08T08:20:00+05:00");
    assertThat(TestMail.deliver(managementService)).isPositive();

    server.start();
    at("2026-04-08T08:40:00+05:00");
    assertThat(TestMail.deliver(managementService)).isZero();
    at("2026-04-08T10:00:00+05:00");
    TestMail.deliver(managementService);
    collect();

    for (String reader : readers) {
      assertThat(subjectsTo(reader, first)).containsExactlyInAnyOrder(
          "Жаңа тапсырма: " + first + " · Хат сынағы · мерзімі 09.04.2026 23:59",
          "Еске салу: мерзімі келесі жұмыс күні аяқталады — " + first + " · Хат сынағы · мерзімі 09.04.2026 23:59");
      assertThat(subjectsTo(reader, second)).containsExactlyInAnyOrder(
          "Жаңа тапсырма: " + second + " · Хат сынағы · мерзімі 09.04.2026 23:59",
          "Еске салу: мерзімі келесі жұмыс күні аяқталады — " + second + " · Хат сынағы · мерзімі 09.04.2026 23:59");
    }
  }

  @Test
  void aMailThatFailsThroughAllItsRetriesIsAnIncidentUntilRetried() {
    stopServer();
    String number = start("OUT-3");
    Job mailJob = null;
    for (int attempt = 0; attempt < 20 && mailJob == null; attempt++) {
      at(START.plus(Duration.ofMinutes(16L * attempt)).toString());
      TestMail.deliver(managementService);
      mailJob = managementService.createJobQuery().processDefinitionKey(MailDeliveryProcess.KEY).noRetriesLeft()
          .list().stream().findFirst().orElse(null);
    }
    assertThat(mailJob).as("a mail job out of retries").isNotNull();

    Incident incident = runtimeService.createIncidentQuery()
        .configuration(mailJob.getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo(MailDeliveryProcess.TASK_SEND_MAIL);
    assertThat(incident.getIncidentMessage()).contains(number, readers.get(0));
    // Cockpit lists it under the mail definition: the engine REST API it reads says the same.
    String incidents = rest.withBasicAuth("demo", "demo").getForObject(
        "/engine-rest/incident?processDefinitionKeyIn=" + MailDeliveryProcess.KEY, String.class);
    assertThat(incidents).contains(mailJob.getId());

    server.start();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.withBasicAuth("demo", "demo").exchange("/engine-rest/job/" + mailJob.getId() + "/retries",
        HttpMethod.PUT, new HttpEntity<>("{\"retries\": 1}", json), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    managementService.executeJob(mailJob.getId());
    TestMail.deliver(managementService);
    collect();

    assertThat(receivedAbout(number)).hasSize(3);
    for (String reader : readers) {
      assertThat(subjectsTo(reader, number)).singleElement().asString().startsWith("Жаңа тапсырма: " + number);
    }
    assertThat(runtimeService.createIncidentQuery().configuration(mailJob.getId()).count()).isZero();
  }

  private String start(String number) {
    runtimeService.startProcessInstanceByKey(KEY, number, Map.of("number", number));
    return number;
  }

  private void stopServer() {
    collect();
    server.stop();
  }

  /** GreenMail forgets its mails when stopped: keep what it received. */
  private void collect() {
    received.addAll(Arrays.asList(server.getReceivedMessages()));
  }

  private List<MimeMessage> receivedAbout(String number) {
    List<MimeMessage> all = new ArrayList<>(received);
    all.addAll(Arrays.asList(server.getReceivedMessages()));
    return all.stream().distinct().filter(mail -> subject(mail).contains(number + " ·")).toList();
  }

  private List<String> subjectsTo(String address, String number) {
    return received.stream().filter(mail -> isTo(mail, address)).map(TestMail::subject)
        .filter(subject -> subject.contains(number + " ·")).toList();
  }

  private static boolean isTo(MimeMessage mail, String address) {
    try {
      return Arrays.stream(mail.getAllRecipients())
          .anyMatch(recipient -> ((InternetAddress) recipient).getAddress().equalsIgnoreCase(address));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(instant).toInstant()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
