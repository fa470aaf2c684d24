package kz.jobalyq.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.TestMail;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nothing slow on a user's request: creating a task for a group of 100 costs at most twice what it costs with
 * mail off, measured side by side in one run (interleaved, medians) — mail is queued, never sent on the request.
 */
@IntegrationTest
class MailOnRequestCostTest {

  private static final String KEY = "mail-cost-check";
  private static final String GROUP = "mail-cost-readers";
  private static final int MEMBERS = 100;
  private static final int ROUNDS = 20;

  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private MailOutbox outbox;
  @Autowired
  private GreenMail greenMail;

  @AfterEach
  void mailOnAgain() {
    outbox.setEnabled(true);
  }

  @Test
  void aTaskForAHundredPeopleIsCreatedWithinTwiceTheTimeWithoutMail() {
    List<String> members = MailTestProcess.group(identityService, GROUP, "cost", MEMBERS);
    MailTestProcess.deploy(repositoryService, KEY, GROUP, "2099-12-31T23:59:59+05:00");
    TestMail.deliver(managementService);
    outbox.setEnabled(false);
    for (int i = 0; i < 5; i++) {
      timeOfStart("WARM-" + i);
    }

    List<Long> mailOn = new ArrayList<>();
    List<Long> mailOff = new ArrayList<>();
    int before = greenMail.getReceivedMessages().length;
    for (int round = 0; round < ROUNDS; round++) {
      outbox.setEnabled(true);
      mailOn.add(timeOfStart("COST-ON-" + round));
      outbox.setEnabled(false);
      mailOff.add(timeOfStart("COST-OFF-" + round));
    }
    outbox.setEnabled(true);
    assertThat(greenMail.getReceivedMessages()).as("no mail is sent on the request").hasSize(before);
    LoggerFactory.getLogger(MailOnRequestCostTest.class).info("Task creation for {} people: median {} µs with mail,"
        + " {} µs without", MEMBERS, median(mailOn) / 1000, median(mailOff) / 1000);
    assertThat(median(mailOn)).as("median ns with mail %s vs without %s", mailOn, mailOff)
        .isLessThanOrEqualTo(2 * median(mailOff));

    // The mail still goes: to every member, by the mail job.
    TestMail.deliver(managementService);
    assertThat(Arrays.stream(greenMail.getReceivedMessages())
        .filter(mail -> TestMail.subject(mail).contains("COST-ON-0 ·"))).hasSize(MEMBERS);
    assertThat(TestMail.to(greenMail, members.get(MEMBERS - 1))).isNotEmpty();
    assertThat(Arrays.stream(greenMail.getReceivedMessages())
        .filter(mail -> TestMail.subject(mail).contains("COST-OFF-0 ·"))).isEmpty();
  }

  private long timeOfStart(String number) {
    long start = System.nanoTime();
    runtimeService.startProcessInstanceByKey(KEY, number, Map.of("number", number));
    return System.nanoTime() - start;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
