package kz.jobalyq.planning.operational;

import java.util.Set;
import kz.jobalyq.planning.operational.OperationalPlanProcess.Vars;
import kz.jobalyq.system.forms.PreparedMarkdown;
import org.springframework.stereotype.Component;

/**
 * The plan's and the quarter report's overviews (OperationalPlanService, OperationalPlanReporting): markdown we
 * compose, shown as such on the forms (emphasis, lists), never as a link.
 */
@Component
class OperationalPlanMarkdown implements PreparedMarkdown {

  @Override
  public Set<String> variableNames() {
    return Set.of(Vars.PLAN_OVERVIEW, Vars.REPORT_OVERVIEW);
  }
}
