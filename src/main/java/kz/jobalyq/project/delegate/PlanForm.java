package kz.jobalyq.project.delegate;

import kz.jobalyq.system.process.JsonRows;
import static kz.jobalyq.system.process.ProcessVariables.rows;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.jobalyq.project.EmploymentFormat;
import kz.jobalyq.project.Influence;
import kz.jobalyq.project.ManagementPlan;
import kz.jobalyq.project.ManagementPlan.FundingSource;
import kz.jobalyq.project.ManagementPlan.PlanRisk;
import kz.jobalyq.project.ManagementPlan.Stakeholder;
import kz.jobalyq.project.ManagementPlan.TeamMember;
import kz.jobalyq.project.PlanInput;
import kz.jobalyq.project.PlanInput.PlannedTask;
import kz.jobalyq.project.RiskLevel;
import kz.jobalyq.project.ScheduleTask;
import kz.jobalyq.system.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/** The fields of forms/project-management-plan.form, read into a plan and written back for a rework. */
final class PlanForm {

  static final String TEAM = "teamMembers";
  static final String SCHEDULE = "scheduleTasks";
  static final String STAKEHOLDERS = "stakeholders";
  static final String RISKS = "planRisks";
  static final String FUNDING = "fundingSources";
  static final List<String> FIELDS = List.of(TEAM, SCHEDULE, STAKEHOLDERS, RISKS, FUNDING, "procurementNeeds",
      "paperDocuments", "communicationsPlan");

  private PlanForm() {
  }

  static PlanInput read(VariableScope form) {
    return new PlanInput(
        list(form, TEAM, (row, at) -> new TeamMember(ProcessVariables.text(row, "memberName"),
            ProcessVariables.text(row, "memberRole"),
            ProcessVariables.enumValue(row, "employmentFormat", EmploymentFormat.class, at))),
        list(form, SCHEDULE, (row, at) -> new PlannedTask(ProcessVariables.text(row, "wbsCode"),
            ProcessVariables.text(row, "taskName"), ProcessVariables.date(row, "taskStart", at),
            ProcessVariables.date(row, "taskEnd", at), Boolean.parseBoolean(String.valueOf(row.get("controlPoint"))))),
        list(form, STAKEHOLDERS, (row, at) -> new Stakeholder(ProcessVariables.text(row, "stakeholderName"),
            ProcessVariables.enumValue(row, "influence", Influence.class, at))),
        list(form, RISKS, (row, at) -> new PlanRisk(ProcessVariables.text(row, "riskDescription"),
            ProcessVariables.enumValue(row, "riskLevel", RiskLevel.class, at),
            ProcessVariables.text(row, "riskResponse"))),
        list(form, FUNDING, (row, at) -> new FundingSource(ProcessVariables.text(row, "fundingSource"),
            ProcessVariables.decimal(row, "fundingAmount", at))),
        text(form, "procurementNeeds"), text(form, "paperDocuments"), text(form, "communicationsPlan"));
  }

  /** The last submitted plan as form variables, so a returned plan opens filled in. */
  static Map<String, Object> values(ManagementPlan plan, List<ScheduleTask> schedule) {
    Map<String, Object> values = new HashMap<>();
    values.put(TEAM, json(plan.getTeam(), member -> row("memberName", member.name(), "memberRole", member.role(),
        "employmentFormat", member.employmentFormat().name())));
    values.put(SCHEDULE, json(schedule, task -> row("wbsCode", task.getWbsCode(), "taskName", task.getName(),
        "taskStart", String.valueOf(task.getStartDate()), "taskEnd", String.valueOf(task.getEndDate()),
        "controlPoint", task.isControlPoint())));
    values.put(STAKEHOLDERS, json(plan.getStakeholders(), stakeholder -> row("stakeholderName", stakeholder.name(),
        "influence", stakeholder.influence().name())));
    values.put(RISKS, json(plan.getRisks(), risk -> row("riskDescription", risk.description(), "riskLevel",
        risk.level().name(), "riskResponse", risk.response())));
    values.put(FUNDING, json(plan.getFundingSources(), source -> row("fundingSource", source.source(),
        "fundingAmount", source.amount().doubleValue())));
    return values;
  }

  private static <T> List<T> list(VariableScope form, String name, RowReader<T> reader) {
    List<T> result = new ArrayList<>();
    int row = 0;
    for (Map<String, Object> values : rows(form, name)) {
      result.add(reader.read(values, name + "[" + ++row + "]"));
    }
    return result;
  }

  private static <T> Object json(List<T> items, Function<T, Map<String, Object>> row) {
    return SpinValues.jsonValue(JsonRows.write(items.stream().map(row).toList())).create();
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  @FunctionalInterface
  private interface RowReader<T> {
    T read(Map<String, Object> row, String where);
  }
}
