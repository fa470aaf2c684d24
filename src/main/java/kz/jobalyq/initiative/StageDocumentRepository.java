package kz.jobalyq.initiative;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StageDocumentRepository extends JpaRepository<StageDocument, Long> {

  Optional<StageDocument> findFirstByInitiativeIdAndStageOrderByVersionDesc(Long initiativeId, int stage);

  int countByInitiativeIdAndStage(Long initiativeId, int stage);

  List<StageDocument> findByInitiativeIdOrderByStageAscVersionAsc(Long initiativeId);
}
