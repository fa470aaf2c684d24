package kz.jobalyq.system.numbering;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.TestProjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first records of one scope, registered at the same moment, all succeed with distinct numbers — the case
 * where the counter row does not exist yet and {@code SELECT … FOR UPDATE} alone locks nothing (issue 14.5).
 * Eight threads, on H2 and (in the -Ppostgres run) on PostgreSQL.
 */
@IntegrationTest
class RecordNumbersConcurrencyTest {

  private static final int THREADS = 8;

  @Autowired
  private RecordNumbers recordNumbers;
  @Autowired
  private PlatformTransactionManager transactions;
  @Autowired
  private TestProjects projects;
  @Autowired
  private TestRestTemplate rest;

  @Test
  void eightParallelFirstNumbersOfAScopeAreOneToEight() throws Exception {
    String parent = "T-" + UUID.randomUUID();
    TransactionTemplate transaction = new TransactionTemplate(transactions);

    List<String> numbers = inParallel(() -> transaction.execute(status -> recordNumbers.under(parent, "CR")));

    assertThat(numbers).containsExactlyInAnyOrderElementsOf(
        IntStream.rangeClosed(1, THREADS).mapToObj(n -> "CR-" + parent + "-" + n).toList());
  }

  @Test
  void eightChangeRequestsFiledAtOnceAgainstANewProjectAllGetTheirOwnNumber() throws Exception {
    ProjectSummary project = projects.ordinary();
    String start = "/engine-rest/process-definition/key/" + ChangeRequestProcess.KEY + "/submit-form";
    String body = "{\"variables\":{\"projectNumber\":{\"value\":\"" + project.number() + "\"},\"requestType\":"
        + "{\"value\":\"CHANGE\"},\"changeSubject\":{\"value\":\"TEAM\"},\"description\":{\"value\":\"Талдаушы\"},"
        + "\"justification\":{\"value\":\"Көлем өсті\"}}}";

    List<String> keys = inParallel(() -> {
      ResponseEntity<com.fasterxml.jackson.databind.JsonNode> started = rest.withBasicAuth("team", "demo")
          .postForEntity(start, json(body), com.fasterxml.jackson.databind.JsonNode.class);
      assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
      return started.getBody().path("businessKey").asText();
    });

    assertThat(keys).containsExactlyInAnyOrderElementsOf(
        IntStream.rangeClosed(1, THREADS).mapToObj(n -> "CR-" + project.number() + "-" + n).toList());
  }

  private static List<String> inParallel(Callable<String> work) throws Exception {
    CyclicBarrier together = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        results.add(pool.submit(() -> {
          together.await();
          return work.call();
        }));
      }
      List<String> values = new ArrayList<>();
      for (Future<String> result : results) {
        values.add(result.get());
      }
      return values;
    } finally {
      pool.shutdownNow();
    }
  }
}
