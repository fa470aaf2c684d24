package kz.jobalyq.system.decision;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.i18n.RecordWords;
import kz.jobalyq.system.i18n.UserLanguage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail of people's decisions, shared by every feature. */
@Service
public class DecisionLog {

  private final DecisionRecordRepository records;
  private final Clock clock;
  private final DecisionWords names;
  private final boolean requireOutcomeWords;

  /**
   * {@code jobalyq.records.require-outcome-labels} (on in the test suite): a step or an outcome the record page
   * cannot name in both languages fails the command that records it, so every path the tests walk proves that its
   * decisions read as words.
   */
  public DecisionLog(DecisionRecordRepository records, Clock clock, DecisionWords names,
      @Value("${jobalyq.records.require-outcome-labels:false}") boolean requireOutcomeWords) {
    this.records = records;
    this.clock = clock;
    this.names = names;
    this.requireOutcomeWords = requireOutcomeWords;
  }

  @Transactional
  public DecisionRecord record(Decision decision) {
    checkWordsFor(decision);
    return records.save(new DecisionRecord(decision.recordType(), decision.recordId(), decision.recordNumber(),
        decision.processInstanceId(), decision.step(), decision.outcome(), decision.comment(), decision.commentPhrase(),
        decision.decidedBy(),
        clock.instant()));
  }

  private void checkWordsFor(Decision decision) {
    if (!requireOutcomeWords) {
      return;
    }
    if (decision.commentPhrase() != null) {
      for (String key : decision.commentPhrase().keys()) {
        if (!Messages.has(key)) {
          throw new IllegalStateException("The decision comment's message " + key + " (" + decision.recordType()
              + ", step " + decision.step() + ") is in no message bundle of i18n/");
        }
      }
    }
    for (Locale language : List.of(UserLanguage.KK, UserLanguage.RU)) {
      if (decision.step() != null && names.step(decision.step(), language) == null) {
        throw new IllegalStateException("The decision step " + decision.step() + " (" + decision.recordType()
            + ") has no name in " + language + " for the record page: no model element of that id, nor "
            + RecordWords.VALUE + decision.step() + " in " + RecordWords.BUNDLE + "_" + language + ".properties");
      }
      if (decision.outcome() != null && names.outcome(decision.outcome(), language) == null) {
        throw new IllegalStateException("The decision outcome " + decision.outcome() + " (" + decision.recordType()
            + ", step " + decision.step() + ") has no words in " + language + " for the record page: add "
            + RecordWords.VALUE + decision.outcome() + " or a " + RecordWords.OUTCOME + " pattern to "
            + RecordWords.BUNDLE + "_" + language + ".properties");
      }
    }
  }

  @Transactional(readOnly = true)
  public List<DecisionRecord> historyOf(String recordType, Long recordId) {
    return records.findByRecordTypeAndRecordIdOrderByDecidedAtAscIdAsc(recordType, recordId);
  }

  /**
   * What is recorded: the record (type, id, number), where in which process, and the person's answer — their
   * comment as written, or a comment the platform composed ({@code commentPhrase}, read in the reader's language).
   */
  public record Decision(String recordType, Long recordId, String recordNumber, String processInstanceId, String step,
      String outcome, String comment, String decidedBy, Phrase commentPhrase) {

    public Decision(String recordType, Long recordId, String recordNumber, String processInstanceId, String step,
        String outcome, String comment, String decidedBy) {
      this(recordType, recordId, recordNumber, processInstanceId, step, outcome, comment, decidedBy, null);
    }

    /** A decision whose comment the platform composes: kept as a phrase, written in Kazakh beside it. */
    public static Decision phrased(String recordType, Long recordId, String recordNumber, String processInstanceId,
        String step, String outcome, Phrase comment, String decidedBy) {
      return new Decision(recordType, recordId, recordNumber, processInstanceId, step, outcome, null, decidedBy,
          comment);
    }
  }
}
