package kz.jobalyq.system.decision;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.i18n.RecordWords;
import kz.jobalyq.system.i18n.UserLanguage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail of people's decisions, shared by every feature. */
@Service
public class DecisionLog {

  /** A step one of several parties takes, the party's group in brackets: {@code Task_AgreeDraft[co-executor]}. */
  private static final Pattern STEP_OF_PARTY = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\[[A-Za-z0-9_-]+]");

  private final DecisionRecordRepository records;
  private final Clock clock;
  private final RecordWords words;
  private final ModelTranslations models;
  private final boolean requireOutcomeWords;

  /**
   * {@code jobalyq.records.require-outcome-labels} (on in the test suite): a step or an outcome the record page
   * cannot name in both languages fails the command that records it, so every path the tests walk proves that its
   * decisions read as words.
   */
  public DecisionLog(DecisionRecordRepository records, Clock clock, RecordWords words, ModelTranslations models,
      @Value("${jobalyq.records.require-outcome-labels:false}") boolean requireOutcomeWords) {
    this.records = records;
    this.clock = clock;
    this.words = words;
    this.models = models;
    this.requireOutcomeWords = requireOutcomeWords;
  }

  @Transactional
  public DecisionRecord record(Decision decision) {
    checkWordsFor(decision);
    return records.save(new DecisionRecord(decision.recordType(), decision.recordId(), decision.recordNumber(),
        decision.processInstanceId(), decision.step(), decision.outcome(), decision.comment(), decision.decidedBy(),
        clock.instant()));
  }

  private void checkWordsFor(Decision decision) {
    if (!requireOutcomeWords) {
      return;
    }
    for (Locale language : List.of(UserLanguage.KK, UserLanguage.RU)) {
      RecordWords.Words inLanguage = words.in(language);
      String step = decision.step();
      Matcher party = STEP_OF_PARTY.matcher(step == null ? "" : step);
      String named = party.matches() ? party.group(1) : step;
      if (step != null && !inLanguage.values().containsKey(named) && !models.stepNames(language).containsKey(named)) {
        throw new IllegalStateException("The decision step " + step + " (" + decision.recordType() + ") has no "
            + "name in " + language + " for the record page: no model element of that id, nor " + RecordWords.VALUE
            + named + " in " + RecordWords.BUNDLE + "_" + language + ".properties");
      }
      String outcome = decision.outcome();
      if (outcome != null && inLanguage.outcome(outcome) == null) {
        throw new IllegalStateException("The decision outcome " + outcome + " (" + decision.recordType() + ", step "
            + step + ") has no words in " + language + " for the record page: add " + RecordWords.VALUE + outcome
            + " or a " + RecordWords.OUTCOME + " pattern to " + RecordWords.BUNDLE + "_" + language + ".properties");
      }
    }
  }

  @Transactional(readOnly = true)
  public List<DecisionRecord> historyOf(String recordType, Long recordId) {
    return records.findByRecordTypeAndRecordIdOrderByDecidedAtAscIdAsc(recordType, recordId);
  }

  /** What is recorded: the record (type, id, number), where in which process, and the person's answer. */
  public record Decision(String recordType, Long recordId, String recordNumber, String processInstanceId, String step,
      String outcome, String comment, String decidedBy) {
  }
}
