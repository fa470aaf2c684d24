package kz.jobalyq.hiring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InterviewScoreRepository extends JpaRepository<InterviewScore, Long> {

  List<InterviewScore> findByCallIdOrderByIdAsc(Long callId);
}
