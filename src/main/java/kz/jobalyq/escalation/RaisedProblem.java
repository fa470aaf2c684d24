package kz.jobalyq.escalation;

import java.time.LocalDate;

/** A problem as its raiser describes it (§99): what, when the schedule is at risk, proposals, level. */
public record RaisedProblem(String projectNumber, String description, LocalDate dateAtRisk, boolean scheduleAtRisk,
    Severity severity, String proposedSolutions, Integer suggestedLevel) {
}
