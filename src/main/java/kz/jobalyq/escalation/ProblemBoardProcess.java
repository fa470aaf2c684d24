package kz.jobalyq.escalation;

/** The {@code problem-board} process: the weekly problem information board for the steering committee (§14.2, §38.1). */
public final class ProblemBoardProcess {

  public static final String KEY = "problem-board";
  public static final String START_EVENT = "StartEvent_WeeklyBoardDue";
  public static final String TASK_GENERATE = "Task_GenerateProblemBoard";
  public static final String TASK_REVIEW = "Task_ReviewProblemBoard";
  public static final String END_REVIEWED = "EndEvent_ProblemBoardReviewed";
  public static final String FORM_REVIEW = "problem-board-review";

  public static final String BOARD_ID = "boardId";
  /** Composed in the reader's language as the review form opens (ProblemBoardFormView), never stored. */
  public static final String BOARD_SUMMARY = "boardSummary";
  public static final String BOARD_WEEK = "boardWeek";
  public static final String REVIEW_COMMENT = "boardReviewComment";

  private ProblemBoardProcess() {
  }
}
