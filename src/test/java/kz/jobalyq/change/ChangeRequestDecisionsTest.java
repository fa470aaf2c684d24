package kz.jobalyq.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestDecision.Step;
import kz.jobalyq.support.TestChangeRequests;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A request's decisions are read once per transaction, and a decision saved in that transaction is in what the
 * next reader of the same transaction gets: the approval that completes the round is counted by the conclusion
 * that follows it in one engine command.
 */
@IntegrationTest
class ChangeRequestDecisionsTest {

  @Autowired
  private ChangeRequestDecisions decisions;
  @Autowired
  private ChangeRequestService changeRequests;
  @Autowired
  private TestChangeRequests filings;
  @Autowired
  private PlatformTransactionManager transactionManager;

  @Test
  void aDecisionSavedInTheTransactionIsSeenByItsNextReader() {
    ProcessInstance filed = filings.file();
    Long id = changeRequests.findByNumber(filed.getBusinessKey()).orElseThrow().getId();

    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      assertThat(decisions.of(id)).isEmpty();
      decisions.save(new ChangeRequestDecision(id, Step.APPROVAL, 1, "project-lead", true, "Иә", null, "lead",
          Instant.now()));
      assertThat(decisions.of(id, Step.APPROVAL, 1)).extracting(ChangeRequestDecision::getDecidedBy)
          .containsExactly("lead");
      assertThat(decisions.of(id, Step.STOP_REPORT, 1)).isEmpty();
      status.setRollbackOnly();
    });
  }
}
