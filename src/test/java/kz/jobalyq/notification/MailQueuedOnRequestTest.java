package kz.jobalyq.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.EngineStatementLog;
import kz.jobalyq.support.TestMail;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nothing slow on a user's request: creating a task for a group of 100 does the same work as for a group of one,
 * and with mail on only one job more than with mail off — the mail event is queued; the readers are found and the
 * mails sent by the mail job, off the request. (Asserted on the statements, not on a clock: how long a request
 * takes is the benchmark's to measure.)
 */
@IntegrationTest
class MailQueuedOnRequestTest {

  private static final String KEY_HUNDRED = "mail-queue-hundred";
  private static final String KEY_ONE = "mail-queue-one";
  private static final String GROUP_HUNDRED = "mail-queue-hundred-readers";
  private static final String GROUP_ONE = "mail-queue-one-reader";
  private static final int MEMBERS = 100;

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private MailOutbox outbox;
  @Autowired
  private MailOutboxRepository outboxEntries;
  @Autowired
  private MailMessageRepository messages;
  @Autowired
  private GreenMail greenMail;

  @AfterEach
  void mailOnAgain() {
    outbox.setEnabled(true);
  }

  @Test
  void aTaskForAHundredPeopleOnlyQueuesItsMailOnTheRequest() {
    List<String> hundred = MailTestProcess.group(identityService, GROUP_HUNDRED, "queue", MEMBERS);
    MailTestProcess.group(identityService, GROUP_ONE, "queue-single", 1);
    MailTestProcess.deploy(repositoryService, KEY_HUNDRED, GROUP_HUNDRED, "2099-12-31T23:59:59+05:00");
    MailTestProcess.deploy(repositoryService, KEY_ONE, GROUP_ONE, "2099-12-31T23:59:59+05:00");
    // The first start of each definition fills the engine's caches; the recorded ones below are the steady ones.
    start(KEY_HUNDRED, "QUEUE-WARM-H");
    start(KEY_ONE, "QUEUE-WARM-1");
    TestMail.deliver(managementService);
    int mailsBefore = greenMail.getReceivedMessages().length;

    List<String> forOne = EngineStatementLog.of(engine, () -> start(KEY_ONE, "QUEUE-1"));
    List<String> forHundred = EngineStatementLog.of(engine, () -> start(KEY_HUNDRED, "QUEUE-100"));
    outbox.setEnabled(false);
    List<String> mailOff = EngineStatementLog.of(engine, () -> start(KEY_HUNDRED, "QUEUE-OFF"));
    outbox.setEnabled(true);

    assertThat(forHundred).as("the request's statements do not grow with the group's members").isEqualTo(forOne);
    List<String> addedByMail = new ArrayList<>(forHundred);
    mailOff.forEach(addedByMail::remove);
    // The mail job, inserted with its definition's state read as for any job; nothing about the readers.
    assertThat(addedByMail).as("mail on adds one job to the request, against mail off %s", mailOff)
        .containsExactlyInAnyOrder("selectJobDefinition", "selectProcessDefinition", "insertMessage");
    assertThat(forHundred.size()).as("the issue's bound: within twice the work with mail off")
        .isLessThanOrEqualTo(2 * mailOff.size());
    assertThat(greenMail.getReceivedMessages()).as("no mail is sent on the request").hasSize(mailsBefore);
    List<MailOutboxEntry> queued = outboxEntries.findByTaskIdOrderById(taskOf("QUEUE-100"));
    assertThat(queued).as("one mail event queued with the task").hasSize(1);
    assertThat(messages.findByOutboxIdOrderById(queued.get(0).getId()))
        .as("its readers are not looked up on the request").isEmpty();
    assertThat(outboxEntries.findByTaskIdOrderById(taskOf("QUEUE-OFF"))).as("mail off queues nothing").isEmpty();

    // The mail still goes, to every member, by the mail job.
    TestMail.deliver(managementService);
    assertThat(Arrays.stream(greenMail.getReceivedMessages())
        .filter(mail -> TestMail.subject(mail).contains("QUEUE-100 ·"))).hasSize(MEMBERS);
    assertThat(TestMail.to(greenMail, hundred.get(MEMBERS - 1))).isNotEmpty();
    assertThat(messages.findByOutboxIdOrderById(queued.get(0).getId())).hasSize(MEMBERS);
    assertThat(Arrays.stream(greenMail.getReceivedMessages())
        .filter(mail -> TestMail.subject(mail).contains("QUEUE-OFF ·"))).isEmpty();
  }

  private void start(String key, String number) {
    runtimeService.startProcessInstanceByKey(key, number, Map.of("number", number));
  }

  private String taskOf(String number) {
    return taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
  }
}
