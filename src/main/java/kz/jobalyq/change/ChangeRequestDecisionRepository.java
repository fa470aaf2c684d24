package kz.jobalyq.change;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChangeRequestDecisionRepository extends JpaRepository<ChangeRequestDecision, Long> {

  /**
   * Approvals before stop-report agreements (the step's name sorts as its order), latest round first. JPQL rather
   * than a derived query: Hibernate caches a JPQL query's translation to SQL, a derived one it translates again
   * on every call.
   */
  @Query("select d from ChangeRequestDecision d where d.changeRequestId = :changeRequestId"
      + " order by d.step, d.round desc, d.id")
  List<ChangeRequestDecision> findByChangeRequestIdOrderByStepAscRoundDescIdAsc(Long changeRequestId);
}
