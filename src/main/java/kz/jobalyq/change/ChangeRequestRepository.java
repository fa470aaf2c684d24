package kz.jobalyq.change;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

  Optional<ChangeRequest> findByNumber(String number);

  List<ChangeRequest> findByProjectIdOrderByFiledAtDesc(Long projectId);

  // Overviews: "open" is undecided, or accepted but not yet applied (a suspension or termination waiting for its
  // final report). everyProject=true ignores projectIds, which then only needs to be non-empty.

  String OPEN = "(c.status in :undecided or (c.status = :accepted and c.appliedAt is null))"
      + " and (:everyProject = true or c.projectId in :projectIds)";

  String REVIEW_OVERDUE = "c.status = :submitted and c.reviewDueAt < :now"
      + " and (:everyProject = true or c.projectId in :projectIds)";

  String ROW = "select new kz.jobalyq.change.OpenChangeRequest(c.number, c.projectId, c.type, c.status, c.filedAt,"
      + " c.reviewDueAt) from ChangeRequest c where ";

  @Query("select count(c) from ChangeRequest c where " + OPEN)
  long countOpen(Collection<ChangeRequestStatus> undecided, ChangeRequestStatus accepted, boolean everyProject,
      Collection<Long> projectIds);

  @Query(ROW + OPEN + " order by c.filedAt, c.id")
  List<OpenChangeRequest> findOpen(Collection<ChangeRequestStatus> undecided, ChangeRequestStatus accepted,
      boolean everyProject, Collection<Long> projectIds, Pageable page);

  @Query("select count(c) from ChangeRequest c where " + REVIEW_OVERDUE)
  long countReviewOverdue(ChangeRequestStatus submitted, Instant now, boolean everyProject,
      Collection<Long> projectIds);

  @Query(ROW + REVIEW_OVERDUE + " order by c.reviewDueAt, c.id")
  List<OpenChangeRequest> findReviewOverdue(ChangeRequestStatus submitted, Instant now, boolean everyProject,
      Collection<Long> projectIds, Pageable page);
}
