package kz.jobalyq.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClosureConfirmationRepository extends JpaRepository<ClosureConfirmation, Long> {

  List<ClosureConfirmation> findByProjectIdAndClosureRoundOrderByIdAsc(Long projectId, int closureRound);
}
