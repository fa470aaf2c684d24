package kz.jobalyq.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisciplinaryRecommendationRepository extends JpaRepository<DisciplinaryRecommendation, Long> {

  List<DisciplinaryRecommendation> findByUserIdOrderByIdAsc(String userId);
}
