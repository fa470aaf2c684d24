package kz.jobalyq.escalation;

import java.util.Map;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import kz.jobalyq.system.i18n.UserLanguage;
import org.springframework.stereotype.Component;

/** The frozen weekly board as the steering committee reads it (§14.2, §38.1), in the reader's language. */
@Component
class ProblemBoardFormView implements FormView {

  private final ProblemBoardService boards;

  ProblemBoardFormView(ProblemBoardService boards) {
    this.boards = boards;
  }

  @Override
  public Map<String, Object> of(TaskForm task) {
    Long boardId = task.id(ProblemBoardProcess.BOARD_ID);
    if (!task.is(ProblemBoardProcess.KEY) || boardId == null) {
      return Map.of();
    }
    return Map.of(ProblemBoardProcess.BOARD_SUMMARY, boards.summary(boardId, UserLanguage.current()));
  }
}
