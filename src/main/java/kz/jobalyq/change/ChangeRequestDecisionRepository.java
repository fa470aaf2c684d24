package kz.jobalyq.change;

import java.util.List;
import kz.jobalyq.change.ChangeRequestDecision.Step;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeRequestDecisionRepository extends JpaRepository<ChangeRequestDecision, Long> {

  List<ChangeRequestDecision> findByChangeRequestIdAndStepAndRoundOrderByIdAsc(Long changeRequestId, Step step,
      int round);

  /** Approvals before stop-report agreements (the step's name sorts as its order), latest round first. */
  List<ChangeRequestDecision> findByChangeRequestIdOrderByStepAscRoundDescIdAsc(Long changeRequestId);
}
