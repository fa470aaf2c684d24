package kz.jobalyq.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import kz.jobalyq.hiring.InterviewOutcome.Vote;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.UserLanguage;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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
    BadInput tie = refusal(() -> InterviewOutcome.of(List.of(vote("m1", "A", true), vote("m2", "B", true),
        vote("m3", "A", true), vote("m4", "B", true), vote("head", "C", true)), List.of("A", "B", "C"), HEADS));
    assertThat(tie.field()).isEqualTo("interviewScores");
    assertThat(tie.reason()).isEqualTo("дауыстар тең (A, B); шешуші дауыс базалық бағыттың жетекшісінде (§9.5) — "
        + "жетекші солардың біреуін қолдауы тиіс");
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
        List.of("A"), HEADS)).hasMessage("interviewScores[2].candidate: «Z» сұхбатқа жіберілген кандидаттың "
        + "өтінімі емес (жіберілгендер: A)");
    BadInput noChair = refusal(() -> InterviewOutcome.of(List.of(vote("m1", "A", true)), List.of("A"), HEADS));
    assertThat(noChair.field()).isEqualTo("interviewScores");
    assertThat(noChair.reason()).isEqualTo("сұхбатты базалық бағыттың жетекшісі басқарады (§9.4) — "
        + "оның бағалары енгізілмеген (head)");
    BadInput twoSupported = refusal(() -> InterviewOutcome.of(List.of(vote("head", "A", true),
        vote("head", "B", true)), List.of("A", "B"), HEADS));
    assertThat(twoSupported.field()).isEqualTo("interviewScores");
    assertThat(twoSupported.reason()).isEqualTo("head бірнеше кандидатты қолдады (A, B) — "
        + "әр мүше бір кандидатты ғана қолдайды");
    BadInput outOfRange = refusal(() -> InterviewOutcome.of(List.of(new Vote("head", "A", 11, 5, 5, true)),
        List.of("A"), HEADS));
    assertThat(outOfRange.field()).isEqualTo("interviewScores[1].experienceScore");
    assertThat(outOfRange.reason()).isEqualTo("баға 0-ден 10-ға дейін, берілгені 11");
    BadInput twice = refusal(() -> InterviewOutcome.of(List.of(vote("head", "A", true), vote("head", "A", true)),
        List.of("A"), HEADS));
    assertThat(twice.field()).isEqualTo("interviewScores[2]");
    assertThat(twice.reason()).isEqualTo("head бұл кандидатты екінші рет бағалады");
    assertThat(refusal(() -> InterviewOutcome.of(List.of(), List.of("A"), HEADS)).field())
        .isEqualTo("interviewScores");
  }

  @Test
  void aRussianReaderIsRefusedInRussian() {
    UserLanguage.serve(UserLanguage.RU, () -> {
      BadInput outOfRange = refusal(() -> InterviewOutcome.of(List.of(new Vote("head", "A", 5, -1, 5, true)),
          List.of("A"), HEADS));
      assertThat(outOfRange.field()).isEqualTo("interviewScores[1].professionalScore");
      assertThat(outOfRange.getMessage())
          .isEqualTo("interviewScores[1].professionalScore: оценка от 0 до 10, указано -1");
      assertThat(refusal(() -> InterviewOutcome.of(List.of(vote("m1", "A", true)), List.of("A"), HEADS)).reason())
          .isEqualTo("собеседование проводится под председательством руководителя базового направления (§9.4) — "
              + "его оценки не введены (head)");
    });
  }

  private static BadInput refusal(ThrowingCallable refused) {
    BadInput refusal = catchThrowableOfType(BadInput.class, refused);
    assertThat(refusal).as("refused as bad input").isNotNull();
    return refusal;
  }

  private static Vote vote(String member, String candidate, boolean supports) {
    return new Vote(member, candidate, 7, 7, 7, supports);
  }
}
