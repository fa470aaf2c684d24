package kz.jobalyq.project;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import kz.jobalyq.project.ProjectCharter.TargetIndicator;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charter as those who decide on the project read it (000 §58, §126): goal, period, budget, lead,
 * indicators, success criteria and risks of its latest version, read from our tables when the form opens.
 */
@Component
class ProjectFormView implements FormView {

  private final ProjectCharterRepository charters;

  ProjectFormView(ProjectCharterRepository charters) {
    this.charters = charters;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> of(TaskForm task) {
    Long projectId = task.id(ProjectLifecycleProcess.Vars.PROJECT_ID);
    if (!task.is(ProjectLifecycleProcess.KEY) || projectId == null) {
      return Map.of();
    }
    return charters.findFirstByProjectIdOrderByVersionDesc(projectId)
        .<Map<String, Object>>map(charter -> Map.of("view", Map.of("charter", charterView(charter))))
        .orElse(Map.of());
  }

  static Map<String, Object> charterView(ProjectCharter charter) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("version", charter.getVersion());
    view.put("projectName", charter.getProjectName());
    view.put("plannedStart", Display.date(charter.getPlannedStart()));
    view.put("plannedEnd", Display.date(charter.getPlannedEnd()));
    view.put("budget", Display.money(charter.getBudget()));
    view.put("leadName", charter.getLeadName());
    view.put("goal", charter.getGoal());
    view.put("indicators", charter.getIndicators().stream().map(ProjectFormView::indicator)
        .collect(Collectors.joining("; ")));
    view.put("successCriteria", charter.getSuccessCriteria());
    view.put("risks", charter.getRisks());
    return view;
  }

  /** "Өтініштерді қарау мерзімі, күн: 10 → 5 (31.12.2027)". */
  private static String indicator(TargetIndicator indicator) {
    StringBuilder text = new StringBuilder(indicator.name());
    if (indicator.unit() != null && !indicator.unit().isBlank()) {
      text.append(", ").append(indicator.unit());
    }
    text.append(": ");
    if (indicator.baselineValue() != null) {
      text.append(indicator.baselineValue().stripTrailingZeros().toPlainString()).append(" → ");
    }
    text.append(indicator.targetValue().stripTrailingZeros().toPlainString());
    if (indicator.targetDate() != null) {
      text.append(" (").append(Display.date(indicator.targetDate())).append(')');
    }
    return text.toString();
  }
}
