package kz.jobalyq.system.decision;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail of people's decisions, shared by every feature. */
@Service
public class DecisionLog {

  private final DecisionRecordRepository records;
  private final Clock clock;

  public DecisionLog(DecisionRecordRepository records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Transactional
  public DecisionRecord record(Decision decision) {
    return records.save(new DecisionRecord(decision.recordType(), decision.recordId(), decision.recordNumber(),
        decision.processInstanceId(), decision.step(), decision.outcome(), decision.comment(), decision.decidedBy(),
        clock.instant()));
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
