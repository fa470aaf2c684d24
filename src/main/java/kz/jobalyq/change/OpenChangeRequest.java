package kz.jobalyq.change;

import java.time.Instant;

/**
 * A change request still in progress, as overviews list it: decided neither way yet, or an accepted
 * suspension or termination still waiting for its final report. {@code reviewDueAt} is the project
 * lead's review deadline (§106.2); it binds only while the request is {@code SUBMITTED}.
 */
public record OpenChangeRequest(String number, Long projectId, ChangeRequestType type, ChangeRequestStatus status,
    Instant filedAt, Instant reviewDueAt) {

  /** The deadline still running for this request, if any: only the review has one. */
  public Instant dueAt() {
    return status == ChangeRequestStatus.SUBMITTED ? reviewDueAt : null;
  }

  /** The review deadline has passed without an answer. */
  public boolean isOverdueAt(Instant now) {
    Instant due = dueAt();
    return due != null && due.isBefore(now);
  }
}
