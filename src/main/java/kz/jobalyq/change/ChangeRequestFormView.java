package kz.jobalyq.change;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.jobalyq.change.ChangeRequestDecision.Step;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.project.FinalReport;
import kz.jobalyq.project.FinalReportView;
import kz.jobalyq.project.ProjectBaseline;
import kz.jobalyq.project.ProjectClosureService;
import kz.jobalyq.project.ProjectPlanningService;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.security.UserNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change request as its reviewer, evaluator and deciders read it (000 §104–§106): the change sheet as
 * filed, the project's current baseline beside the proposal, the lead's review and evaluation, the decisions
 * taken so far, and for a suspension or termination the lead's final report.
 */
@Component
class ChangeRequestFormView implements FormView {

  private final ChangeRequestService requests;
  private final OrganisationService organisation;
  private final ProjectPlanningService planning;
  private final ProjectClosureService closure;
  private final ModelTranslations translations;
  private final UserNames people;

  ChangeRequestFormView(ChangeRequestService requests, OrganisationService organisation,
      ProjectPlanningService planning, ProjectClosureService closure, ModelTranslations translations,
      UserNames people) {
    this.requests = requests;
    this.organisation = organisation;
    this.planning = planning;
    this.closure = closure;
    this.translations = translations;
    this.people = people;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> of(TaskForm task) {
    Long id = task.id(ChangeRequestProcess.Vars.CHANGE_REQUEST_ID);
    if (!task.is(ChangeRequestProcess.KEY) || id == null) {
      return Map.of();
    }
    ChangeRequest request = requests.get(id);
    Optional<ProjectSummary> project = organisation.findProjectById(request.getProjectId());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("number", request.getNumber());
    view.put("project", project.map(p -> p.number() + " · " + p.name()).orElse(null));
    view.put("type", label(ChangeRequestProcess.Filing.REQUEST_TYPE, request.getType()));
    view.put("subject", label(ChangeRequestProcess.Filing.SUBJECT, request.getSubject()));
    view.put("description", request.getDescription());
    view.put("justification", request.getJustification());
    view.put("proposedEndDate", Display.date(request.getProposedEndDate()));
    view.put("proposedBudget", Display.money(request.getProposedBudget()));
    view.put("proposedScope", request.getProposedScope());
    view.put("proposedQuality", request.getProposedQuality());
    view.put("answerNeededBy", Display.date(request.getAnswerNeededBy()));
    view.put("filedBy", people.of(request.getFiledBy()));
    view.put("filedAt", Display.dateTime(request.getFiledAt()));
    view.put("reviewDue", Display.dateTime(request.getReviewDueAt()));
    view.put("reviewOverdue", request.isReviewOverdue());
    planning.currentBaseline(request.getProjectId()).ifPresent(baseline -> view.put("baseline", baseline(baseline)));
    view.put("evaluation", evaluation(request));
    view.put("decisions", decisions(request));
    // The deciding (or agreeing) role of this very task, for its header.
    Object taskGroup = Optional.ofNullable(task.variable(ChangeRequestProcess.Vars.APPROVER_GROUP))
        .orElse(task.variable(ChangeRequestProcess.Vars.STOP_REPORT_AGREER));
    Map<String, Object> variables = new LinkedHashMap<>();
    if (taskGroup == null && ChangeRequestProcess.TASK_DECIDE.equals(task.taskDefinitionKey())) {
      // One group decides: the task carries no approverGroup (a task of a version before the split does, as each
      // of several groups' tasks does), and the form's Office-agreement field asks for it.
      taskGroup = request.soleDecidingGroup();
      variables.put(ChangeRequestProcess.Vars.APPROVER_GROUP, taskGroup);
    }
    view.put("taskRole", taskGroup == null ? null : Role.displayName(taskGroup.toString()));
    if (request.getType() == ChangeRequestType.SUSPEND || request.getType() == ChangeRequestType.TERMINATE) {
      List<FinalReport> reports = closure.finalReportsOf(request.getProjectId());
      if (!reports.isEmpty()) {
        view.put("stopReport", FinalReportView.of(reports.get(reports.size() - 1)));
      }
    }
    variables.put("view", view);
    return variables;
  }

  private static Map<String, Object> baseline(ProjectBaseline baseline) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("version", baseline.getVersion());
    view.put("plannedEnd", Display.date(baseline.getPlannedEnd()));
    view.put("budget", Display.money(baseline.getBudget()));
    view.put("scope", baseline.getScope());
    view.put("qualityTargets", baseline.getQualityTargets());
    return view;
  }

  private static Map<String, Object> evaluation(ChangeRequest request) {
    if (request.getBaselineAffected() == null && request.getScheduleShiftDays() == null
        && request.getCostChange() == null) {
      return null;
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("scheduleShiftDays", request.getScheduleShiftDays());
    view.put("costChange", Display.moneyChange(request.getCostChange()));
    view.put("scopeChange", request.getScopeChange());
    view.put("qualityChange", request.getQualityChange());
    view.put("baselineAffected", Display.yesNo(request.getBaselineAffected()));
    view.put("approvers", request.getApproverGroups() == null ? null : Arrays.stream(request.getApproverGroups()
        .split(",")).map(String::strip).map(Role::displayName).collect(Collectors.joining(", ")));
    return view;
  }

  private List<Map<String, Object>> decisions(ChangeRequest request) {
    return requests.decisionsOf(request.getId()).stream().filter(decision -> decision.getStep() == Step.APPROVAL)
        .map(decision -> {
          Map<String, Object> view = new LinkedHashMap<>();
          view.put("group", Role.displayName(decision.getApproverGroup()));
          view.put("approved", Display.yesNo(decision.isApproved()));
          view.put("comment", decision.getComment());
          view.put("by", people.of(decision.getDecidedBy()));
          return view;
        }).toList();
  }

  private String label(String field, Enum<?> value) {
    return value == null ? null : translations.optionLabel(ChangeRequestProcess.FORM_FILING, field, value.name());
  }
}
