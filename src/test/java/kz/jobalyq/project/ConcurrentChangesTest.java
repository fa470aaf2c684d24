package kz.jobalyq.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.support.TestLifecycles;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two change requests of one project accepted at the same moment (two deciders pressing "complete" together, or two
 * platform nodes): each enters the schedule on a line of its own and each makes a baseline version of its own, the
 * second built on the first, so that neither change is lost (§106.7–§106.8); and changes accepted one after another
 * take the next lines in turn, each read from the line before it.
 */
@IntegrationTest
class ConcurrentChangesTest {

  @Autowired
  private TestLifecycles lifecycles;
  @Autowired
  private OrganisationService organisation;
  @Autowired
  private ProjectPlanningService planning;
  @Autowired
  private TransactionTemplate transactions;

  @Test
  void aChangeAcceptedWhileAnotherIsBeingAppliedWaitsForItAndBuildsOnIt() throws Exception {
    ProcessInstance lifecycle = lifecycles.propose(false);
    lifecycles.throughPlanning(lifecycle, "GROUP");
    Long projectId = organisation.findProject(lifecycle.getBusinessKey()).orElseThrow().id();
    ProjectBaseline first = planning.currentBaseline(projectId).orElseThrow();

    CountDownLatch firstApplied = new CountDownLatch(1);
    CountDownLatch firstMayCommit = new CountDownLatch(1);
    ExecutorService deciders = Executors.newFixedThreadPool(2);
    try {
      Future<?> earlier = deciders.submit(() -> transactions.executeWithoutResult(status -> {
        planning.applyChange(projectId, shift("ӨС-TEST-1", 10));
        firstApplied.countDown();
        awaitQuietly(firstMayCommit);
      }));
      assertThat(firstApplied.await(30, TimeUnit.SECONDS)).isTrue();
      Future<?> later = deciders.submit(() -> transactions.executeWithoutResult(
          status -> planning.applyChange(projectId, shift("ӨС-TEST-2", 5))));
      // While the first is not committed, the second waits rather than reading the plan as it was before it.
      assertThatThrownBy(() -> later.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
      firstMayCommit.countDown();
      earlier.get(30, TimeUnit.SECONDS);
      later.get(30, TimeUnit.SECONDS);
    } finally {
      firstMayCommit.countDown();
      deciders.shutdownNow();
    }

    List<ProjectBaseline> history = planning.baselineHistory(projectId);
    assertThat(history).extracting(ProjectBaseline::getVersion).containsExactly(1, 2, 3);
    assertThat(history).extracting(ProjectBaseline::getChangeRequestNumber)
        .containsExactly(null, "ӨС-TEST-1", "ӨС-TEST-2");
    // Both shifts are in the plan: 10 days, then 5 more on top of them.
    assertThat(history.get(2).getPlannedEnd()).isEqualTo(first.getPlannedEnd().plusDays(15));
    assertThat(planning.schedule(projectId)).filteredOn(task -> task.getChangeRequestNumber() != null)
        .extracting(ScheduleTask::getChangeRequestNumber, ScheduleTask::getWbsCode)
        .containsExactlyInAnyOrder(tuple("ӨС-TEST-1", "CR.1"), tuple("ӨС-TEST-2", "CR.2"));
  }

  @Test
  void changesAcceptedOneAfterAnotherTakeTheNextLinesInTurnPastNine() {
    ProcessInstance lifecycle = lifecycles.propose(false);
    lifecycles.throughPlanning(lifecycle, "GROUP");
    Long projectId = organisation.findProject(lifecycle.getBusinessKey()).orElseThrow().id();

    for (int n = 1; n <= 12; n++) {
      String number = "ӨС-TEST-" + n;
      transactions.executeWithoutResult(status -> planning.applyChange(projectId, shift(number, 1)));
    }

    assertThat(planning.schedule(projectId)).filteredOn(task -> task.getChangeRequestNumber() != null)
        .extracting(ScheduleTask::getWbsCode)
        .containsExactlyInAnyOrder(IntStream.rangeClosed(1, 12).mapToObj(n -> "CR." + n).toArray(String[]::new));
    assertThat(planning.schedule(projectId)).filteredOn(task -> "ӨС-TEST-12".equals(task.getChangeRequestNumber()))
        .extracting(ScheduleTask::getWbsCode).containsExactly("CR.12");
  }

  private static AcceptedChange shift(String number, int days) {
    return new AcceptedChange(number, "Мерзімді " + days + " күнге жылжыту", null, null, null, null, days,
        BigDecimal.ZERO, null, true, "pghead");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
