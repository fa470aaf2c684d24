package kz.jobalyq.hiring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CandidateApplicationRepository extends JpaRepository<CandidateApplication, Long> {

  List<CandidateApplication> findByCallIdAndPublicationRoundOrderByIdAsc(Long callId, int publicationRound);

  Optional<CandidateApplication> findByReference(String reference);

  boolean existsByCallIdAndPublicationRoundAndEmailIgnoreCase(Long callId, int publicationRound, String email);
}
