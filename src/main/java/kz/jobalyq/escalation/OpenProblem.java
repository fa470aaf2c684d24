package kz.jobalyq.escalation;

import java.time.Instant;
import java.time.LocalDate;

/** A problem not yet resolved, as overviews list it; {@code level} is null only while it is being registered. */
public record OpenProblem(String number, Long projectId, Integer level, ProblemStatus status, Severity severity,
    boolean scheduleAtRisk, LocalDate dateAtRisk, Instant raisedAt, Instant levelEnteredAt, String description) {

  /** The level's Kazakh name, e.g. "Жобалар тобының жетекшісі"; null before the first level is set. */
  public String levelName() {
    return level == null ? null : EscalationLevel.of(level).kazakhName();
  }
}
