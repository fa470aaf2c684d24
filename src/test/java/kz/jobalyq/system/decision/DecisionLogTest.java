package kz.jobalyq.system.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.system.decision.DecisionLog.Decision;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.i18n.UserLanguage;
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

  @Test
  void aCommentThePlatformComposesReadsInTheReadersLanguageAndAPersonsCommentAsWritten() {
    log.record(Decision.phrased(ChangeRequestProcess.RECORD_TYPE, RECORD_ID + 1, "CR-TEST-2", null,
        ChangeRequestProcess.BOUNDARY_REVIEW_OVERDUE, "REVIEW_OVERDUE",
        Phrase.of("operational.decision.approvalOverdue", java.time.LocalDate.of(2026, 3, 12),
            Phrase.of("operational.status.APPROVAL")), null));
    log.record(new Decision(ChangeRequestProcess.RECORD_TYPE, RECORD_ID + 1, "CR-TEST-2", null,
        ChangeRequestProcess.TASK_DECIDE, "APPROVED_BY_project-group-head", "Келісемін", "pghead"));

    DecisionRecord composed = log.historyOf(ChangeRequestProcess.RECORD_TYPE, RECORD_ID + 1).get(0);
    DecisionRecord written = log.historyOf(ChangeRequestProcess.RECORD_TYPE, RECORD_ID + 1).get(1);
    assertThat(composed.getComment(UserLanguage.RU)).isEqualTo("Срок утверждения 2026-03-12 истёк; состояние плана: "
        + Messages.text(UserLanguage.RU, "operational.status.APPROVAL"));
    assertThat(composed.getComment(UserLanguage.KK)).startsWith("Бекіту мерзімі 2026-03-12 өтті; жоспардың күйі: ");
    UserLanguage.serve(UserLanguage.RU, () -> assertThat(composed.getComment()).startsWith("Срок утверждения"));
    assertThat(written.getComment(UserLanguage.RU)).isEqualTo("Келісемін");
  }

  @Test
  void aComposedCommentWithAMessageNoBundleHasIsRefused() {
    assertThatThrownBy(() -> log.record(Decision.phrased(ChangeRequestProcess.RECORD_TYPE, RECORD_ID, "CR-TEST-1",
        null, ChangeRequestProcess.TASK_DECIDE, "REFUSED", Phrase.of("no.such.message"), "lead")))
        .hasMessageContaining("no.such.message");
  }

  private static Decision decision(String step, String outcome) {
    return new Decision(ChangeRequestProcess.RECORD_TYPE, RECORD_ID, "CR-TEST-1", null, step, outcome, null, "lead");
  }
}
