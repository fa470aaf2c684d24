package kz.jobalyq.escalation.delegate;

import static kz.jobalyq.system.process.ProcessVariables.text;

import kz.jobalyq.escalation.ProblemBoard;
import kz.jobalyq.escalation.ProblemBoardProcess;
import kz.jobalyq.escalation.ProblemBoardService;
import kz.jobalyq.escalation.ScrumAbsenceProcess;
import kz.jobalyq.escalation.ScrumService;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of problem-board.bpmn and scrum-absence-review.bpmn. */
@Configuration
public class ProblemBoardSteps {

  /** This week's board is frozen for the committee's task (its form summarises it: ProblemBoardFormView). */
  @Bean
  JavaDelegate generateProblemBoardDelegate(ProblemBoardService boards) {
    return execution -> {
      ProblemBoard board = boards.generate();
      execution.setProcessBusinessKey("BOARD-" + board.getWeekStart());
      execution.setVariable(ProblemBoardProcess.BOARD_ID, board.getId());
      execution.setVariable(ProblemBoardProcess.BOARD_WEEK, board.getWeekStart().toString());
    };
  }

  /** The committee's decision on the board. */
  @Bean
  TaskListener recordProblemBoardReviewListener(ProblemBoardService boards) {
    return task -> boards.review(((Number) task.getVariable(ProblemBoardProcess.BOARD_ID)).longValue(),
        text(task, ProblemBoardProcess.REVIEW_COMMENT), CurrentUser.completing(task));
  }

  /** The head of the project office's recommendation on repeated absence (§24). */
  @Bean
  TaskListener recordDisciplinaryRecommendationListener(ScrumService scrum) {
    return task -> scrum.recordRecommendation(((Number) task.getVariable("recommendationId")).longValue(),
        text(task, ScrumAbsenceProcess.RECOMMENDATION), text(task, ScrumAbsenceProcess.RECOMMENDATION_COMMENT),
        CurrentUser.completing(task));
  }
}
