package kz.jobalyq.system.decision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRecordRepository extends JpaRepository<DecisionRecord, Long> {

  // JPQL rather than a derived query: Hibernate caches a JPQL query's translation to SQL, a derived one it
  // translates again on every call (every paper with a decision log asks it).
  @Query("select r from DecisionRecord r where r.recordType = :recordType and r.recordId = :recordId"
      + " order by r.decidedAt, r.id")
  List<DecisionRecord> findByRecordTypeAndRecordIdOrderByDecidedAtAscIdAsc(String recordType, Long recordId);
}
