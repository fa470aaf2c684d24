package kz.jobalyq.system.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.system.decision.DecisionLog.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In the test suite a decision is recorded only when the record page can name its step and outcome in both
 * languages, so each process test that walks a path proves its decisions read as words.
 */
@IntegrationTest
class DecisionLogTest {

  /** A record of this run alone: the database may outlive one run of the suite (PostgreSQL). */
  private static final long RECORD_ID = 900_000_000L + System.nanoTime() % 100_000_000L;

  @Autowired
  private DecisionLog log;

  @Test
  void aDecisionTheRecordPageCanNameIsRecorded() {
    log.record(decision(ChangeRequestProcess.TASK_DECIDE, "APPROVED_BY_project-group-head"));
    log.record(decision(ChangeRequestProcess.BOUNDARY_REVIEW_OVERDUE, "REVIEW_OVERDUE"));

    assertThat(log.historyOf(ChangeRequestProcess.RECORD_TYPE, RECORD_ID)).extracting(DecisionRecord::getOutcome)
        .containsExactly("APPROVED_BY_project-group-head", "REVIEW_OVERDUE");
  }

  @Test
  void anOutcomeOrAStepWithoutWordsIsRefusedNamingWhatToAdd() {
    assertThatThrownBy(() -> log.record(decision(ChangeRequestProcess.TASK_REVIEW, "ACCEPTED_WITHOUT_WORDS")))
        .hasMessageContaining("ACCEPTED_WITHOUT_WORDS")
        .hasMessageContaining("record.value.ACCEPTED_WITHOUT_WORDS")
        .hasMessageContaining("i18n/records_kk.properties");
    assertThatThrownBy(() -> log.record(decision("Task_NoSuchStep", "REFUSED")))
        .hasMessageContaining("Task_NoSuchStep");
  }

  private static Decision decision(String step, String outcome) {
    return new Decision(ChangeRequestProcess.RECORD_TYPE, RECORD_ID, "CR-TEST-1", null, step, outcome, null, "lead");
  }
}
