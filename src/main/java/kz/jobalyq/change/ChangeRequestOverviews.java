package kz.jobalyq.change;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change requests the portfolio dashboard shows: those in progress and those whose review is overdue, counted and
 * listed for a set of projects ({@code projectIds} null means every project).
 */
@Service
@Transactional(readOnly = true)
public class ChangeRequestOverviews {

  private final ChangeRequestRepository requests;

  public ChangeRequestOverviews(ChangeRequestRepository requests) {
    this.requests = requests;
  }

  private static final EnumSet<ChangeRequestStatus> UNDECIDED = EnumSet.of(ChangeRequestStatus.SUBMITTED,
      ChangeRequestStatus.UNDER_EVALUATION, ChangeRequestStatus.AWAITING_DECISION);

  /** How many requests are still in progress (see {@link OpenChangeRequest}). */
  public long countOpen(Collection<Long> projectIds) {
    if (projectIds != null && projectIds.isEmpty()) {
      return 0;
    }
    return requests.countOpen(UNDECIDED, ChangeRequestStatus.ACCEPTED_FOR_EXECUTION, projectIds == null,
        orPlaceholder(projectIds));
  }

  /** The requests still in progress, oldest first, at most {@code limit}. */
  public List<OpenChangeRequest> openRequests(Collection<Long> projectIds, int limit) {
    if (projectIds != null && projectIds.isEmpty()) {
      return List.of();
    }
    return requests.findOpen(UNDECIDED, ChangeRequestStatus.ACCEPTED_FOR_EXECUTION, projectIds == null,
        orPlaceholder(projectIds), PageRequest.of(0, limit));
  }

  /** How many requests wait for the lead's review past its deadline at {@code now} (§106.2). */
  public long countReviewOverdue(Collection<Long> projectIds, Instant now) {
    if (projectIds != null && projectIds.isEmpty()) {
      return 0;
    }
    return requests.countReviewOverdue(ChangeRequestStatus.SUBMITTED, now, projectIds == null,
        orPlaceholder(projectIds));
  }

  /** The requests whose review is overdue at {@code now}, longest overdue first, at most {@code limit}. */
  public List<OpenChangeRequest> reviewOverdue(Collection<Long> projectIds, Instant now, int limit) {
    if (projectIds != null && projectIds.isEmpty()) {
      return List.of();
    }
    return requests.findReviewOverdue(ChangeRequestStatus.SUBMITTED, now, projectIds == null,
        orPlaceholder(projectIds), PageRequest.of(0, limit));
  }

  /** An IN list must not be empty even where the query ignores it. */
  private static Collection<Long> orPlaceholder(Collection<Long> projectIds) {
    return projectIds == null ? List.of(-1L) : projectIds;
  }
}
