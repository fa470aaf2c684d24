package kz.jobalyq.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.jobalyq.project.ProjectCharter.TargetIndicator;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.security.UserNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project as those who decide on it read it, from our tables when the form opens: the charter's latest
 * version (000 §58, §126); the management plan and its schedule for its agreement and approval (§65, §67,
 * §76), its lists as tables ({@code planRows}); the final report (§120) for the confirmation of results and
 * the committee's decision (§117, §119).
 */
@Component
class ProjectFormView implements FormView {

  static final String PLAN_FORM = "project-management-plan";
  private static final Set<String> PLAN_TASKS = Set.of(ProjectLifecycleProcess.TASK_AGREE_PLAN,
      ProjectLifecycleProcess.TASK_APPROVE_BASELINE);
  private static final Set<String> REPORT_TASKS = Set.of(ProjectLifecycleProcess.TASK_CONFIRM_RESULTS,
      ProjectLifecycleProcess.TASK_COMMITTEE_CLOSURE);

  private final ProjectCharterRepository charters;
  private final ManagementPlanRepository plans;
  private final ScheduleTaskRepository scheduleTasks;
  private final FinalReportRepository finalReports;
  private final ForcedClosureRequestRepository forcedClosures;
  private final ProjectPlanningService planning;
  private final ModelTranslations translations;
  private final UserNames people;

  ProjectFormView(ProjectCharterRepository charters, ManagementPlanRepository plans,
      ScheduleTaskRepository scheduleTasks, FinalReportRepository finalReports,
      ForcedClosureRequestRepository forcedClosures, ProjectPlanningService planning,
      ModelTranslations translations, UserNames people) {
    this.charters = charters;
    this.plans = plans;
    this.scheduleTasks = scheduleTasks;
    this.finalReports = finalReports;
    this.forcedClosures = forcedClosures;
    this.planning = planning;
    this.translations = translations;
    this.people = people;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> of(TaskForm task) {
    Long projectId = task.id(ProjectLifecycleProcess.Vars.PROJECT_ID);
    if (!task.is(ProjectLifecycleProcess.KEY) || projectId == null) {
      return Map.of();
    }
    Map<String, Object> view = new LinkedHashMap<>();
    Map<String, Object> variables = new LinkedHashMap<>();
    charters.findFirstByProjectIdOrderByVersionDesc(projectId)
        .ifPresent(charter -> view.put("charter", charterView(charter)));
    if (PLAN_TASKS.contains(task.taskDefinitionKey())) {
      plans.findFirstByProjectIdOrderByVersionDesc(projectId).ifPresent(plan -> {
        view.put("plan", planView(plan));
        variables.put("planRows", planRows(plan));
      });
    }
    if (REPORT_TASKS.contains(task.taskDefinitionKey())) {
      List<FinalReport> reports = finalReports.findByProjectIdOrderByIdAsc(projectId);
      if (!reports.isEmpty()) {
        view.put("finalReport", FinalReportView.of(reports.get(reports.size() - 1)));
      }
    }
    if (ProjectLifecycleProcess.TASK_PREPARE_FORCED_CLOSURE_REPORT.equals(task.taskDefinitionKey())) {
      // The lead's report justifies the decision (§122): the decision itself is in view.
      List<ForcedClosureRequest> requests = forcedClosures.findByProjectIdOrderByIdAsc(projectId);
      if (!requests.isEmpty()) {
        view.put("forcedClosure", forcedClosureView(requests.get(requests.size() - 1)));
      }
    }
    if (view.isEmpty()) {
      return Map.of();
    }
    variables.put("view", view);
    return variables;
  }

  private Map<String, Object> forcedClosureView(ForcedClosureRequest request) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("reason", Messages.text("project.forcedClosureReason." + request.getReason()));
    view.put("justification", request.getJustification());
    view.put("requestedBy", people.of(request.getRequestedBy()));
    view.put("requestedAt", Display.dateTime(request.getRequestedAt()));
    return view;
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

  private Map<String, Object> planView(ManagementPlan plan) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("version", plan.getVersion());
    view.put("submittedBy", people.of(plan.getSubmittedBy()));
    view.put("submittedAt", Display.dateTime(plan.getSubmittedAt()));
    view.put("totalFunding", Display.money(plan.totalFunding()));
    view.put("procurementNeeds", plan.getProcurementNeeds());
    view.put("paperDocuments", plan.getPaperDocuments());
    view.put("communicationsPlan", plan.getCommunicationsPlan());
    List<String> warnings = planning.scheduleWarningsOf(plan);
    view.put("warnings", warnings.isEmpty() ? null : String.join("; ", warnings));
    return view;
  }

  /** The plan's lists as rows of plain text, for the forms' tables (in the reader's language). */
  private Map<String, Object> planRows(ManagementPlan plan) {
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("team", plan.getTeam().stream().map(member -> row("name", member.name(), "role", member.role(),
        "format", label("employmentFormat", member.employmentFormat()))).toList());
    rows.put("schedule", scheduleTasks.findByPlanIdOrderByIdAsc(plan.getId()).stream().map(task -> row(
        "wbsCode", task.getWbsCode(), "name", task.getName(), "start", Display.date(task.getStartDate()),
        "end", Display.date(task.getEndDate()), "controlPoint", task.isControlPoint() ? "✓" : "")).toList());
    rows.put("stakeholders", plan.getStakeholders().stream().map(stakeholder -> row("name", stakeholder.name(),
        "influence", label("influence", stakeholder.influence()))).toList());
    rows.put("risks", plan.getRisks().stream().map(risk -> row("description", risk.description(),
        "level", label("riskLevel", risk.level()), "response", risk.response())).toList());
    rows.put("funding", plan.getFundingSources().stream().map(source -> row("source", source.source(),
        "amount", Display.money(source.amount()))).toList());
    return rows;
  }

  private String label(String field, Enum<?> value) {
    return value == null ? null : translations.optionLabel(PLAN_FORM, field, value.name());
  }

  /** A table row: names and values in turn ({@code null} values shown empty). */
  private static Map<String, Object> row(Object... namesAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      row.put((String) namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
    }
    return row;
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
