package kz.jobalyq.hiring;

import java.util.Set;
import kz.jobalyq.hiring.HiringProcess.Vars;
import kz.jobalyq.system.forms.PreparedMarkdown;
import org.springframework.stereotype.Component;

/**
 * The announcement's and the interview conclusion's summaries (HiringService): markdown we compose,
 * shown as such on the forms (emphasis, lists), never as a link.
 */
@Component
class HiringMarkdown implements PreparedMarkdown {

  @Override
  public Set<String> variableNames() {
    return Set.of(Vars.CALL_SUMMARY, Vars.CONCLUSION_SUMMARY);
  }
}
