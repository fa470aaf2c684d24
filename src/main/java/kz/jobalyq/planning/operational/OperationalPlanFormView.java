package kz.jobalyq.planning.operational;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.jobalyq.planning.operational.OperationalPlanProcess.Vars;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.process.PhraseVariables;
import kz.jobalyq.system.process.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The plan's overview on its approvals (004 §6, §18), the quarter report's on the officials' decision (§17) and
 * why the plan is corrected on its corrections and their approvals, in the reader's language, composed from our
 * tables (the reason from its phrase) as the form opens; the Annex 2 rows of a quarter's tasks with their words
 * ({@link AnnexWords}) in that language.
 */
@Component
class OperationalPlanFormView implements FormView {

  private static final Set<String> APPROVALS = Set.of(OperationalPlanProcess.TASK_APPROVE,
      OperationalPlanProcess.TASK_APPROVE_CORRECTION, OperationalPlanProcess.TASK_APPROVE_CHANGE);
  /** The Annex 2 rows each quarter's task shows, by task. */
  private static final Map<String, String> ANNEX_ROWS = Map.of(
      OperationalPlanProcess.TASK_SUBMIT_INFORMATION, Vars.EXECUTION_INFORMATION,
      OperationalPlanProcess.TASK_PREPARE_REPORT, Vars.MONITORING_REPORT,
      OperationalPlanProcess.TASK_DECIDE, Vars.REPORT_ROWS);
  private static final Set<String> CORRECTIONS = Set.of(OperationalPlanProcess.TASK_CORRECT,
      OperationalPlanProcess.TASK_CORRECT_FOR_CHANGE);

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
    Locale language = UserLanguage.current();
    Map<String, Object> shown = new HashMap<>();
    if (APPROVALS.contains(task.taskDefinitionKey())) {
      shown.put(Vars.PLAN_OVERVIEW, sheets.overviewOf(planId, language));
    }
    if (APPROVALS.contains(task.taskDefinitionKey()) || CORRECTIONS.contains(task.taskDefinitionKey())) {
      String reason = PhraseVariables.in(task.variables(), Vars.CORRECTION_REASON, language);
      if (reason != null) {
        shown.put(Vars.CORRECTION_REASON, reason);
      }
    }
    String annexRows = ANNEX_ROWS.get(task.taskDefinitionKey());
    if (annexRows != null && task.variable(annexRows) != null) {
      shown.put(annexRows, AnnexWords.write(new ArrayList<>(ProcessVariables.rows(annexRows, task.variable(annexRows))),
          language));
    }
    Long quarter = task.id(Vars.QUARTER);
    if (OperationalPlanProcess.TASK_DECIDE.equals(task.taskDefinitionKey()) && quarter != null) {
      shown.put(Vars.REPORT_OVERVIEW, reporting.reportOverview(planId, quarter.intValue(), language));
    }
    return shown;
  }
}
