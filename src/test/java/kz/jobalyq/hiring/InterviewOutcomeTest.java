package kz.jobalyq.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.jobalyq.hiring.InterviewOutcome.Vote;
import org.junit.jupiter.api.Test;

/** §9.5 as computed from the votes: most support wins, a tie goes to the head, one candidate needs a majority. */
class InterviewOutcomeTest {

  private static final List<String> HEADS = List.of("head");

  @Test
  void theCandidateMostMembersSupportIsChosen() {
    InterviewOutcome outcome = InterviewOutcome.of(List.of(vote("head", "A", true), vote("m1", "A", true),
        vote("m2", "B", true)), List.of("A", "B"), HEADS);

    assertThat(outcome.selectedReference()).isEqualTo("A");
    assertThat(outcome.tieBrokenByHead()).isFalse();
    assertThat(outcome.supportByCandidate()).containsEntry("A", 2).containsEntry("B", 1);
    assertThat(outcome.participants()).containsExactly("head", "m1", "m2");
  }

  @Test
  void aTieGoesToTheCandidateTheHeadSupports() {
    InterviewOutcome outcome = InterviewOutcome.of(List.of(vote("m1", "A", true), vote("head", "B", true),
        vote("m2", "A", true), vote("m3", "B", true)), List.of("A", "B"), HEADS);

    assertThat(outcome.selectedReference()).isEqualTo("B");
    assertThat(outcome.tieBrokenByHead()).isTrue();
    assertThat(outcome.participants()).first().isEqualTo("head");
  }

  @Test
  void aTieTheHeadDidNotVoteInIsRefusedUntilTheHeadCastsTheDecidingVote() {
    assertThatThrownBy(() -> InterviewOutcome.of(List.of(vote("m1", "A", true), vote("m2", "B", true),
        vote("m3", "A", true), vote("m4", "B", true), vote("head", "C", true)), List.of("A", "B", "C"), HEADS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("§9.5");
  }

  @Test
  void aSingleCandidateIsChosenOnlyByAMajorityOfTheirInterview() {
    assertThat(InterviewOutcome.of(List.of(vote("head", "A", true), vote("m1", "A", true), vote("m2", "A", false)),
        List.of("A"), HEADS).selectedReference()).isEqualTo("A");
    assertThat(InterviewOutcome.of(List.of(vote("head", "A", true), vote("m1", "A", false)), List.of("A"), HEADS)
        .candidateSelected()).isFalse();
  }

  @Test
  void nobodySupportedMeansNobodyIsChosen() {
    assertThat(InterviewOutcome.of(List.of(vote("head", "A", false), vote("m1", "B", false)), List.of("A", "B"),
        HEADS).candidateSelected()).isFalse();
  }

  @Test
  void badVotesAreRefusedNamingTheRow() {
    assertThatThrownBy(() -> InterviewOutcome.of(List.of(vote("head", "A", true), vote("m1", "Z", true)),
        List.of("A"), HEADS)).hasMessageStartingWith("interviewScores[2].candidate");
    assertThatThrownBy(() -> InterviewOutcome.of(List.of(vote("m1", "A", true)), List.of("A"), HEADS))
        .hasMessageContaining("§9.4");
    assertThatThrownBy(() -> InterviewOutcome.of(List.of(vote("head", "A", true), vote("head", "B", true)),
        List.of("A", "B"), HEADS)).hasMessageContaining("бірнеше кандидатты");
    assertThatThrownBy(() -> InterviewOutcome.of(List.of(new Vote("head", "A", 11, 5, 5, true)), List.of("A"),
        HEADS)).hasMessageStartingWith("interviewScores[1].experienceScore");
  }

  private static Vote vote(String member, String candidate, boolean supports) {
    return new Vote(member, candidate, 7, 7, 7, supports);
  }
}
