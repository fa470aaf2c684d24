package kz.jobalyq.planning.programme;

import java.util.Set;
import kz.jobalyq.planning.programme.StateProgrammeProcess.Vars;
import kz.jobalyq.system.forms.PreparedMarkdown;
import org.springframework.stereotype.Component;

/**
 * The programme's summary (StateProgrammeService): markdown we compose,
 * shown as such on the forms (emphasis, lists), never as a link.
 */
@Component
class StateProgrammeMarkdown implements PreparedMarkdown {

  @Override
  public Set<String> variableNames() {
    return Set.of(Vars.PROGRAMME_SUMMARY);
  }
}
