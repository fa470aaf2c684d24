package kz.jobalyq.escalation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProblemIssueRepository extends JpaRepository<ProblemIssue, Long> {

  Optional<ProblemIssue> findByNumber(String number);

  List<ProblemIssue> findByProjectIdOrderByRaisedAtAscIdAsc(Long projectId);

  List<ProblemIssue> findByStatusNotAndHighestLevelGreaterThanEqualOrderByRaisedAtAsc(ProblemStatus status,
      int level);

  // Overviews: everyProject=true ignores projectIds, which then only needs to be non-empty.

  String UNRESOLVED = "p.status <> :resolved and (:everyProject = true or p.projectId in :projectIds)";

  /** Rows of level and count; the level is null while a problem is being registered. */
  @Query("select p.currentLevel, count(p) from ProblemIssue p where " + UNRESOLVED + " group by p.currentLevel")
  List<Object[]> countUnresolvedByLevel(ProblemStatus resolved, boolean everyProject, Collection<Long> projectIds);

  @Query("select new kz.jobalyq.escalation.OpenProblem(p.number, p.projectId, p.currentLevel, p.status, p.severity,"
      + " p.scheduleAtRisk, p.dateAtRisk, p.raisedAt, p.levelEnteredAt, p.description) from ProblemIssue p where "
      + UNRESOLVED + " order by p.currentLevel desc nulls last, p.raisedAt, p.id")
  List<OpenProblem> findUnresolved(ProblemStatus resolved, boolean everyProject, Collection<Long> projectIds,
      Pageable page);
}
