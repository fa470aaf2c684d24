package kz.jobalyq.hiring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConclusionSignatureRepository extends JpaRepository<ConclusionSignature, Long> {

  List<ConclusionSignature> findByCallIdAndPublicationRoundOrderByIdAsc(Long callId, int publicationRound);

  boolean existsByCallIdAndPublicationRoundAndSignerId(Long callId, int publicationRound, String signerId);
}
