package kz.jobalyq.system.decision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRecordRepository extends JpaRepository<DecisionRecord, Long> {

  List<DecisionRecord> findByRecordTypeAndRecordIdOrderByDecidedAtAscIdAsc(String recordType, Long recordId);
}
