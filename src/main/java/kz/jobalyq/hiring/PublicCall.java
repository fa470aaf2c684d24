package kz.jobalyq.hiring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A call as the official site publishes it (§9): the announcement, then the admitted candidates with the
 * interview date, then the conclusion. Candidates appear by name only; nothing else of theirs is public.
 */
public record PublicCall(String number, String status, String statusName, String scope, String roleSought,
    String projectName, String customer, String goals, String plannedDeadlines, List<String> requirements,
    LocalDate publishedOn, LocalDate applicationsUntil, boolean acceptingApplications, Instant interviewAt,
    List<String> admittedCandidates, String selectedCandidate, LocalDate conclusionPublishedOn) {
}
