package kz.jobalyq.planning.operational;

import java.util.Map;
import java.util.Set;
import kz.jobalyq.planning.operational.OperationalPlanProcess.Vars;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import kz.jobalyq.system.i18n.UserLanguage;
import org.springframework.stereotype.Component;

/**
 * The plan's overview on its approvals (004 §6, §18) and the quarter report's on the officials' decision
 * (§17), in the reader's language, composed from our tables as the form opens.
 */
@Component
class OperationalPlanFormView implements FormView {

  private static final Set<String> APPROVALS = Set.of(OperationalPlanProcess.TASK_APPROVE,
      OperationalPlanProcess.TASK_APPROVE_CORRECTION, OperationalPlanProcess.TASK_APPROVE_CHANGE);

  private final OperationalPlanSheets sheets;
  private final OperationalPlanReporting reporting;

  OperationalPlanFormView(OperationalPlanSheets sheets, OperationalPlanReporting reporting) {
    this.sheets = sheets;
    this.reporting = reporting;
  }

  @Override
  public Map<String, Object> of(TaskForm task) {
    Long planId = task.id(Vars.PLAN_ID);
    if (!task.is(OperationalPlanProcess.KEY) || planId == null) {
      return Map.of();
    }
    if (APPROVALS.contains(task.taskDefinitionKey())) {
      return Map.of(Vars.PLAN_OVERVIEW, sheets.overviewOf(planId, UserLanguage.current()));
    }
    Long quarter = task.id(Vars.QUARTER);
    if (OperationalPlanProcess.TASK_DECIDE.equals(task.taskDefinitionKey()) && quarter != null) {
      return Map.of(Vars.REPORT_OVERVIEW, reporting.reportOverview(planId, quarter.intValue(), UserLanguage.current()));
    }
    return Map.of();
  }
}
