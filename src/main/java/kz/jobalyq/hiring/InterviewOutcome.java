package kz.jobalyq.hiring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jobalyq.system.i18n.BadInput;

/**
 * The interview's result as §9.5 decides it: the candidate most members support; on a tie, the one the
 * base direction head (the chair) supports; a single candidate is chosen only if most members support them.
 * Computed by the platform from the recorded votes, never picked by hand.
 */
public record InterviewOutcome(String selectedReference, boolean tieBrokenByHead, List<String> participants,
    Map<String, Integer> supportByCandidate) {

  /** One participating member's scores for one candidate (0–10 each) and whether the member supports them. */
  public record Vote(String member, String candidate, int experienceScore, int professionalScore, int feeScore,
      boolean supports) {
  }

  public boolean candidateSelected() {
    return selectedReference != null;
  }

  /**
   * @param votes the rows of the interview form, in order (errors name the row: {@code interviewScores[2]})
   * @param admitted the references of the admitted candidates
   * @param heads the users who chair as base direction head
   */
  public static InterviewOutcome of(List<Vote> votes, Collection<String> admitted, Collection<String> heads) {
    if (votes.isEmpty()) {
      throw BadInput.of("interviewScores", "hiring.interviewScores.empty");
    }
    Set<String> seen = new HashSet<>();
    LinkedHashSet<String> participants = new LinkedHashSet<>();
    for (int i = 0; i < votes.size(); i++) {
      Vote vote = votes.get(i);
      String where = "interviewScores[" + (i + 1) + "]";
      if (!admitted.contains(vote.candidate())) {
        throw BadInput.of(where + ".candidate", "hiring.interviewScores.notAdmitted", vote.candidate(),
            String.join(", ", admitted));
      }
      checkScore(vote.experienceScore(), where + ".experienceScore");
      checkScore(vote.professionalScore(), where + ".professionalScore");
      checkScore(vote.feeScore(), where + ".feeScore");
      if (!seen.add(vote.member() + "\u0000" + vote.candidate())) {
        throw BadInput.of(where, "hiring.interviewScores.twice", vote.member());
      }
      participants.add(vote.member());
    }
    List<String> chairs = participants.stream().filter(heads::contains).toList();
    if (chairs.isEmpty()) {
      throw BadInput.of("interviewScores", "hiring.interviewScores.noChair", String.join(", ", heads));
    }
    Map<String, Integer> support = new LinkedHashMap<>();
    admitted.forEach(reference -> support.put(reference, 0));
    Map<String, List<String>> supportedBy = new LinkedHashMap<>();
    for (Vote vote : votes) {
      if (vote.supports()) {
        support.merge(vote.candidate(), 1, Integer::sum);
        supportedBy.computeIfAbsent(vote.member(), member -> new ArrayList<>()).add(vote.candidate());
      }
    }
    List<String> ordered = new ArrayList<>(chairs);
    participants.stream().filter(member -> !chairs.contains(member)).forEach(ordered::add);

    if (admitted.size() == 1) {
      // A single candidate: the decision follows that interview alone — most participants must support them.
      String only = admitted.iterator().next();
      boolean chosen = support.get(only) * 2 > participants.size();
      return new InterviewOutcome(chosen ? only : null, false, ordered, support);
    }
    supportedBy.forEach((member, candidates) -> {
      if (candidates.size() > 1) {
        throw BadInput.of("interviewScores", "hiring.interviewScores.severalSupported", member,
            String.join(", ", candidates));
      }
    });
    int most = support.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (most == 0) {
      return new InterviewOutcome(null, false, ordered, support);
    }
    List<String> leaders = support.entrySet().stream().filter(entry -> entry.getValue() == most)
        .map(Map.Entry::getKey).toList();
    if (leaders.size() == 1) {
      return new InterviewOutcome(leaders.get(0), false, ordered, support);
    }
    // A tie: the base direction head's vote decides (§9.5).
    Set<String> chairChoice = new LinkedHashSet<>();
    chairs.forEach(chair -> supportedBy.getOrDefault(chair, List.of()).stream()
        .filter(leaders::contains).forEach(chairChoice::add));
    if (chairChoice.size() != 1) {
      throw BadInput.of("interviewScores", "hiring.interviewScores.tie", String.join(", ", leaders));
    }
    return new InterviewOutcome(chairChoice.iterator().next(), true, ordered, support);
  }

  private static void checkScore(int score, String field) {
    if (score < 0 || score > 10) {
      throw BadInput.of(field, "hiring.score.range", String.valueOf(score));
    }
  }
}
