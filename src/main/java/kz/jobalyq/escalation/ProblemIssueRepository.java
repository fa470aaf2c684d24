package kz.jobalyq.escalation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProblemIssueRepository extends JpaRepository<ProblemIssue, Long> {

  Optional<ProblemIssue> findByNumber(String number);

  List<ProblemIssue> findByStatusNotAndHighestLevelGreaterThanEqualOrderByRaisedAtAsc(ProblemStatus status,
      int level);
}
