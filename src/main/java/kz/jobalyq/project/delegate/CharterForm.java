package kz.jobalyq.project.delegate;

import kz.jobalyq.system.process.JsonRows;
import static kz.jobalyq.system.process.ProcessVariables.date;
import static kz.jobalyq.system.process.ProcessVariables.decimal;
import static kz.jobalyq.system.process.ProcessVariables.enumValue;
import static kz.jobalyq.system.process.ProcessVariables.rows;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.project.CharterInput;
import kz.jobalyq.project.PriorityLevel;
import kz.jobalyq.project.ProjectCharter;
import kz.jobalyq.project.ProjectCharter.TargetIndicator;
import kz.jobalyq.project.ProjectScale;
import kz.jobalyq.system.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/** The fields of forms/project-charter.form, read into a charter and written back for a rework. */
final class CharterForm {

  static final String INDICATORS = "targetIndicators";
  /** Removed from the process once stored; projectName and projectScale stay, the process needs them. */
  static final List<String> FIELDS = List.of("plannedStart", "plannedEnd", "priorityLevel",
      "leadName", "groupHeadName", "directionHeadName", "programmeHeadName", "curatorName", "goal", INDICATORS,
      "successCriteria", "budget", "risks");

  private CharterForm() {
  }

  static CharterInput read(VariableScope form) {
    List<TargetIndicator> indicators = new ArrayList<>();
    int row = 0;
    for (Map<String, Object> indicator : rows(form, INDICATORS)) {
      String where = INDICATORS + "[" + ++row + "]";
      indicators.add(new TargetIndicator(ProcessVariables.text(indicator, "indicatorName"),
          ProcessVariables.text(indicator, "indicatorUnit"),
          ProcessVariables.decimal(indicator, "baselineValue", where),
          ProcessVariables.decimal(indicator, "targetValue", where),
          ProcessVariables.date(indicator, "targetDate", where)));
    }
    return new CharterInput(text(form, "projectName"), date(form, "plannedStart"), date(form, "plannedEnd"),
        enumValue(form, "priorityLevel", PriorityLevel.class), enumValue(form, "projectScale", ProjectScale.class),
        text(form, "initiatorName"), text(form, "leadName"), text(form, "groupHeadName"),
        text(form, "directionHeadName"), text(form, "programmeHeadName"), text(form, "curatorName"),
        text(form, "goal"), indicators, text(form, "successCriteria"), decimal(form, "budget"), text(form, "risks"));
  }

  /** The last submitted charter as form variables, so a returned charter opens filled in. */
  static Map<String, Object> values(ProjectCharter charter) {
    Map<String, Object> values = new HashMap<>();
    values.put("projectName", charter.getProjectName());
    values.put("plannedStart", charter.getPlannedStart().toString());
    values.put("plannedEnd", charter.getPlannedEnd().toString());
    values.put("priorityLevel", charter.getPriorityLevel().name());
    values.put("projectScale", charter.getScale().name());
    values.put("leadName", charter.getLeadName());
    values.put("goal", charter.getGoal());
    values.put("successCriteria", charter.getSuccessCriteria());
    values.put("budget", charter.getBudget().doubleValue());
    List<Map<String, Object>> indicators = new ArrayList<>();
    for (TargetIndicator indicator : charter.getIndicators()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("indicatorName", indicator.name());
      row.put("indicatorUnit", indicator.unit());
      row.put("baselineValue", indicator.baselineValue() == null ? null : indicator.baselineValue().doubleValue());
      row.put("targetValue", indicator.targetValue().doubleValue());
      row.put("targetDate", indicator.targetDate() == null ? null : indicator.targetDate().toString());
      indicators.add(row);
    }
    values.put(INDICATORS, SpinValues.jsonValue(JsonRows.write(indicators)).create());
    return values;
  }
}
