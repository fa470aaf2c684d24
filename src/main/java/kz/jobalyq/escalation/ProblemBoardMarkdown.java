package kz.jobalyq.escalation;

import java.util.Set;
import kz.jobalyq.system.forms.PreparedMarkdown;
import org.springframework.stereotype.Component;

/**
 * The board's summary of open problems (ProblemBoardService): markdown we compose,
 * shown as such on the forms (emphasis, lists), never as a link.
 */
@Component
class ProblemBoardMarkdown implements PreparedMarkdown {

  @Override
  public Set<String> variableNames() {
    return Set.of(ProblemBoardProcess.BOARD_SUMMARY);
  }
}
