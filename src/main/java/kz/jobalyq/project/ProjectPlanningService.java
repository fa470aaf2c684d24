package kz.jobalyq.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.project.ProjectCharter.TargetIndicator;
import kz.jobalyq.project.PlanInput.PlannedTask;
import kz.jobalyq.system.TextLimits;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.UserLanguage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Initiation and planning: the charter (§126), the management plan (§65–§76) and the baseline plan (§76). */
@Service
@Transactional
public class ProjectPlanningService {

  /** §67: tasks of about seven calendar days, at least four tasks in the next 30 days. */
  static final int MAX_TASK_DAYS = 7;
  static final int LOOKAHEAD_DAYS = 30;
  static final int MIN_TASKS_IN_LOOKAHEAD = 4;
  /** The summary task under which accepted change requests enter the schedule (§106.8). */
  static final String CHANGE_REQUESTS_WBS = "CR";

  private final ProjectService projects;
  private final ProjectCharterRepository charters;
  private final ManagementPlanRepository plans;
  private final ScheduleTaskRepository scheduleTasks;
  private final ProjectBaselineRepository baselines;
  private final FirstMeetingMinutesRepository minutes;
  private final OrganisationService organisation;
  private final ProjectDecisions decisions;
  private final Clock clock;

  public ProjectPlanningService(ProjectService projects, ProjectCharterRepository charters,
      ManagementPlanRepository plans, ScheduleTaskRepository scheduleTasks, ProjectBaselineRepository baselines,
      FirstMeetingMinutesRepository minutes, OrganisationService organisation, ProjectDecisions decisions,
      Clock clock) {
    this.projects = projects;
    this.charters = charters;
    this.plans = plans;
    this.scheduleTasks = scheduleTasks;
    this.baselines = baselines;
    this.minutes = minutes;
    this.organisation = organisation;
    this.decisions = decisions;
    this.clock = clock;
  }

  /** Stores a new version of the charter after checking every field §126 asks for. */
  public ProjectCharter recordCharter(Long projectId, CharterInput input, String submittedBy) {
    Inputs check = Inputs.check()
        .require(input.projectName(), "projectName")
        .require(input.plannedStart(), "plannedStart")
        .require(input.plannedEnd(), "plannedEnd")
        .require(input.priorityLevel(), "priorityLevel")
        .require(input.scale(), "projectScale")
        .require(input.initiatorName(), "initiatorName")
        .require(input.leadName(), "leadName")
        .require(input.goal(), "goal")
        .require(input.successCriteria(), "successCriteria")
        .require(input.budget(), "budget")
        .when(input.plannedStart() != null && input.plannedEnd() != null
            && input.plannedEnd().isBefore(input.plannedStart()), "plannedEnd",
            "project.charter.plannedEnd.beforeStart", input.plannedEnd(), input.plannedStart())
        .notNegative(input.budget(), "budget")
        .when(input.indicators().isEmpty(), "targetIndicators", "project.charter.targetIndicators.required");
    int row = 0;
    for (TargetIndicator indicator : input.indicators()) {
      row++;
      check.requireInRow(indicator.name(), "targetIndicators", row, "indicatorName")
          .requireInRow(indicator.targetValue(), "targetIndicators", row, "targetValue");
    }
    check.orRefuse();
    ProjectLifecycle project = projects.lifecycle(projectId);
    project.scale(input.scale());
    organisation.updateProjectFromCharter(projectId, input.projectName().strip(), input.budget());
    ProjectCharter charter = charters.save(new ProjectCharter(projectId, charters.countByProjectId(projectId) + 1,
        input, submittedBy, clock.instant()));
    decisions.record(project, ProjectLifecycleProcess.TASK_FILL_CHARTER, "CHARTER_V" + charter.getVersion(),
        (String) null, submittedBy);
    return charter;
  }

  /** The project group head decides: implement, refine or close (§58). */
  public void recordInitiationDecision(Long projectId, String decision, String comment, String decidedBy) {
    Inputs.check()
        .when(!List.of(ProjectLifecycleProcess.IMPLEMENT, ProjectLifecycleProcess.REFINE,
            ProjectLifecycleProcess.CLOSE).contains(decision), "initiationDecision",
            "project.initiationDecision.invalid", decision)
        .when(!ProjectLifecycleProcess.IMPLEMENT.equals(decision) && (comment == null || comment.isBlank()),
            "initiationComment", "project.initiationComment.required")
        .orRefuse();
    decisions.record(projects.lifecycle(projectId), ProjectLifecycleProcess.TASK_DECIDE_INITIATION,
        decision.toUpperCase(), comment, decidedBy);
  }

  /** Regulated projects: the base direction head's decision on the team, as first-meeting minutes (§65). */
  public void recordTeamFormation(Long projectId, LocalDate meetingDate, String participants,
      String teamComposition, String recordedBy) {
    Inputs.check()
        .require(meetingDate, "firstMeetingDate")
        .require(participants, "firstMeetingParticipants")
        .require(teamComposition, "teamComposition")
        .orRefuse();
    ProjectLifecycle project = projects.lifecycle(projectId);
    minutes.save(new FirstMeetingMinutes(projectId, meetingDate, participants.strip(), teamComposition.strip(),
        recordedBy, clock.instant()));
    decisions.record(project, ProjectLifecycleProcess.TASK_DECIDE_TEAM_FORMATION, "TEAM_FORMED",
        teamComposition, recordedBy);
  }

  /** Stores a new version of the management plan and its schedule; answers the §67 warnings, if any. */
  public List<String> recordPlan(Long projectId, PlanInput input, String submittedBy) {
    Inputs check = Inputs.check()
        .when(input.team().isEmpty(), "teamMembers", "project.plan.teamMembers.required")
        .when(input.schedule().isEmpty(), "scheduleTasks", "project.plan.scheduleTasks.required")
        .when(input.stakeholders().isEmpty(), "stakeholders", "project.plan.stakeholders.required");
    int row = 0;
    for (PlannedTask task : input.schedule()) {
      row++;
      check.requireInRow(task.wbsCode(), "scheduleTasks", row, "wbsCode")
          .requireInRow(task.name(), "scheduleTasks", row, "taskName")
          .requireInRow(task.start(), "scheduleTasks", row, "taskStart")
          .requireInRow(task.end(), "scheduleTasks", row, "taskEnd")
          .when(task.start() != null && task.end() != null && task.end().isBefore(task.start()),
              "scheduleTasks[" + row + "].taskEnd", "project.plan.taskEnd.beforeStart", row, task.end(), task.start());
    }
    row = 0;
    for (ManagementPlan.FundingSource source : input.fundingSources()) {
      row++;
      check.notNegativeInRow(source.amount(), "fundingSources", row, "fundingAmount");
    }
    check.orRefuse();
    ProjectLifecycle project = projects.lifecycle(projectId);
    LocalDate from = latestCharter(projectId).map(ProjectCharter::getPlannedStart)
        .filter(start -> start.isAfter(LocalDate.now(clock))).orElse(LocalDate.now(clock));
    List<String> warnings = scheduleWarnings(input.schedule(), from);
    ManagementPlan plan = plans.save(new ManagementPlan(projectId, plans.countByProjectId(projectId) + 1, input,
        warnings.isEmpty() ? null : String.join("; ", warnings), submittedBy, clock.instant()));
    for (PlannedTask task : input.schedule()) {
      scheduleTasks.save(new ScheduleTask(projectId, plan.getId(), null, task.wbsCode().strip(), task.name().strip(),
          task.start(), task.end(), task.controlPoint(), null));
    }
    decisions.record(project, ProjectLifecycleProcess.TASK_PREPARE_PLAN, "PLAN_V" + plan.getVersion(),
        plan.getScheduleWarnings(), submittedBy);
    return warnings;
  }

  /** §67: at least four tasks in the 30 days from {@code from}, each of about seven calendar days. */
  static List<String> scheduleWarnings(List<PlannedTask> schedule, LocalDate from) {
    return scheduleWarnings(schedule, from, UserLanguage.KK);
  }

  /** The §67 warnings in the reader's language (the plan keeps them in Kazakh, its record language). */
  static List<String> scheduleWarnings(List<PlannedTask> schedule, LocalDate from, Locale language) {
    List<String> warnings = new ArrayList<>();
    LocalDate until = from.plusDays(LOOKAHEAD_DAYS);
    long inLookahead = schedule.stream()
        .filter(task -> !task.start().isAfter(until) && !task.end().isBefore(from)).count();
    if (inLookahead < MIN_TASKS_IN_LOOKAHEAD) {
      warnings.add(Messages.text(language, "project.plan.warning.fewTasks", LOOKAHEAD_DAYS,
          String.valueOf(inLookahead), MIN_TASKS_IN_LOOKAHEAD));
    }
    String longTasks = schedule.stream()
        .filter(task -> ChronoUnit.DAYS.between(task.start(), task.end()) + 1 > MAX_TASK_DAYS)
        .map(task -> Messages.text(language, "project.plan.warning.longTask", task.wbsCode(), task.name(),
            String.valueOf(ChronoUnit.DAYS.between(task.start(), task.end()) + 1)))
        .collect(Collectors.joining(", "));
    if (!longTasks.isEmpty()) {
      warnings.add(Messages.text(language, "project.plan.warning.longTasks", MAX_TASK_DAYS, longTasks));
    }
    return warnings;
  }

  /**
   * The §67 warnings of a submitted plan in the reader's language: its schedule seen from the day it was
   * submitted (or the charter's later planned start), as when it was checked.
   */
  @Transactional(readOnly = true)
  public List<String> scheduleWarningsOf(ManagementPlan plan) {
    LocalDate submitted = plan.getSubmittedAt() == null ? LocalDate.now(clock)
        : LocalDate.ofInstant(plan.getSubmittedAt(), clock.getZone());
    LocalDate from = latestCharter(plan.getProjectId()).map(ProjectCharter::getPlannedStart)
        .filter(start -> start.isAfter(submitted)).orElse(submitted);
    List<PlannedTask> schedule = scheduleTasks.findByPlanIdOrderByIdAsc(plan.getId()).stream()
        .map(task -> new PlannedTask(task.getWbsCode(), task.getName(), task.getStartDate(), task.getEndDate(),
            task.isControlPoint()))
        .toList();
    return scheduleWarnings(schedule, from, UserLanguage.current());
  }

  /** The project group head agrees the plan or returns it with comments. */
  public void recordPlanAgreement(Long projectId, String agreement, String comment, String decidedBy) {
    Inputs.check()
        .when(!List.of(ProjectLifecycleProcess.AGREE, ProjectLifecycleProcess.RETURN).contains(agreement),
            "planAgreement", "project.planAgreement.invalid", agreement)
        .when(ProjectLifecycleProcess.RETURN.equals(agreement) && (comment == null || comment.isBlank()),
            "planComment", "project.planComment.required")
        .orRefuse();
    decisions.record(projects.lifecycle(projectId), ProjectLifecycleProcess.TASK_AGREE_PLAN,
        agreement.toUpperCase(), comment, decidedBy);
  }

  /** The implementation group lead approves the plan as the baseline, or refuses it with comments (§76). */
  public void recordBaselineDecision(Long projectId, String decision, String comment, String decidedBy) {
    Inputs.check()
        .when(!List.of(ProjectLifecycleProcess.APPROVE, ProjectLifecycleProcess.REFUSE).contains(decision),
            "baselineDecision", "project.baselineDecision.invalid", decision)
        .when(ProjectLifecycleProcess.REFUSE.equals(decision) && (comment == null || comment.isBlank()),
            "baselineComment", "project.baselineComment.required")
        .orRefuse();
    decisions.record(projects.lifecycle(projectId), ProjectLifecycleProcess.TASK_APPROVE_BASELINE,
        decision.toUpperCase(), comment, decidedBy);
  }

  /** Version 1 of the baseline plan: the charter's end date, budget, goal and target indicators. */
  public ProjectBaseline recordBaseline(Long projectId) {
    String approvedBy = decisions.lastDecidedBy(projectId, ProjectLifecycleProcess.TASK_APPROVE_BASELINE,
        ProjectLifecycleProcess.APPROVE.toUpperCase());
    ProjectCharter charter = latestCharter(projectId)
        .orElseThrow(() -> new IllegalStateException("project " + projectId + " has no charter"));
    String qualityTargets = charter.getIndicators().stream()
        .map(indicator -> indicator.name() + ": " + indicator.targetValue().stripTrailingZeros().toPlainString()
            + (indicator.unit() == null ? "" : " " + indicator.unit())
            + (indicator.targetDate() == null ? "" : " (" + indicator.targetDate() + ")"))
        .collect(Collectors.joining("; "));
    return baselines.save(new ProjectBaseline(projectId, nextBaselineVersion(projectId), charter.getPlannedEnd(),
        charter.getBudget(), charter.getGoal(), qualityTargets, approvedBy, clock.instant(), null));
  }

  /**
   * The baseline a change would make (§106.4): proposed values win; otherwise the evaluated shift and
   * cost change are added to the baseline in force (or, before the first baseline, the registry's budget).
   */
  @Transactional(readOnly = true)
  public BaselineEffect effectOf(Long projectId, LocalDate proposedEndDate, BigDecimal proposedBudget,
      int scheduleShiftDays, BigDecimal costChange, boolean qualityChanged) {
    Optional<ProjectBaseline> current = currentBaseline(projectId);
    LocalDate endBefore = current.map(ProjectBaseline::getPlannedEnd).orElse(null);
    BigDecimal budgetBefore = current.map(ProjectBaseline::getBudget)
        .orElseGet(() -> organisation.findProjectById(projectId).map(project -> project.budget()).orElse(null));
    LocalDate endAfter = proposedEndDate != null ? proposedEndDate
        : endBefore == null ? null : endBefore.plusDays(scheduleShiftDays);
    BigDecimal budgetAfter = proposedBudget != null ? proposedBudget
        : budgetBefore == null ? null : budgetBefore.add(costChange == null ? BigDecimal.ZERO : costChange);
    // Without a baseline end date, a proposed date or a shift is still a change of the schedule.
    boolean scheduleChanged = endBefore != null ? !endBefore.equals(endAfter)
        : proposedEndDate != null || scheduleShiftDays != 0;
    return new BaselineEffect(endBefore, endAfter, scheduleChanged, budgetBefore, budgetAfter, qualityChanged);
  }

  /** A change that made a new baseline version: the version it replaced and the new one. */
  public record BaselineChange(ProjectBaseline before, ProjectBaseline after) {
  }

  /**
   * An accepted change request enters the schedule as a sub-task carrying its number under the
   * "Change request" summary task (§106.8); if it alters the baseline, the next baseline version holds
   * the new values and the earlier versions stay as history. Answers the new baseline, if any.
   */
  public Optional<BaselineChange> applyChange(Long projectId, AcceptedChange change) {
    // The next schedule line and baseline version are read from the last ones: two changes accepted at once would
    // otherwise both take the same number and the same baseline to build on (ConcurrentChangesTest).
    organisation.lockProject(projectId);
    ScheduleTask summary = scheduleTasks.findFirstByProjectIdAndParentIdIsNullAndChangeRequestNumberIsNullAndPlanIdIsNullAndWbsCode(
        projectId, CHANGE_REQUESTS_WBS).orElseGet(() -> scheduleTasks.save(new ScheduleTask(projectId, null, null,
        CHANGE_REQUESTS_WBS, "Өзгеріске сұрау салу", null, null, false, null)));
    int next = lastChangeLine(projectId, summary) + 1;
    String name = change.changeRequestNumber() + " · " + abbreviate(change.summary(), 400);
    scheduleTasks.save(new ScheduleTask(projectId, null, summary.getId(), CHANGE_REQUESTS_WBS + "." + next, name,
        LocalDate.now(clock), change.proposedEndDate(), false, change.changeRequestNumber()));
    Optional<ProjectBaseline> current = currentBaseline(projectId);
    if (!change.baselineAffected() || current.isEmpty()) {
      return Optional.empty();
    }
    ProjectBaseline before = current.get();
    LocalDate plannedEnd = change.proposedEndDate() != null ? change.proposedEndDate()
        : before.getPlannedEnd().plusDays(change.scheduleShiftDays());
    BigDecimal budget = change.proposedBudget() != null ? change.proposedBudget()
        : before.getBudget().add(change.costChange() == null ? BigDecimal.ZERO : change.costChange());
    String scope = change.proposedScope() != null ? change.proposedScope() : before.getScope();
    String quality = change.proposedQuality() != null ? change.proposedQuality()
        : change.qualityChange() != null ? change.qualityChange() : before.getQualityTargets();
    ProjectBaseline after = baselines.save(new ProjectBaseline(projectId, before.getVersion() + 1, plannedEnd, budget,
        scope, quality, change.approvedBy(), clock.instant(), change.changeRequestNumber()));
    organisation.updateProjectFromCharter(projectId, organisation.findProjectById(projectId).orElseThrow().name(),
        budget);
    return Optional.of(new BaselineChange(before, after));
  }

  /**
   * The number of the last line under the summary: lines are made only by {@link #applyChange}, under the project's
   * lock, numbered CR.1, CR.2, … in turn, so the newest holds it. Counted, as before, if that line's code is not one.
   */
  private int lastChangeLine(Long projectId, ScheduleTask summary) {
    String prefix = CHANGE_REQUESTS_WBS + ".";
    Optional<String> newest = scheduleTasks.newestWbsCodeUnder(projectId, summary.getId());
    if (newest.isEmpty()) {
      return 0;
    }
    String code = newest.get();
    if (code.startsWith(prefix) && code.substring(prefix.length()).matches("[0-9]{1,9}")) {
      return Integer.parseInt(code.substring(prefix.length()));
    }
    return Math.toIntExact(scheduleTasks.countByProjectIdAndParentId(projectId, summary.getId()));
  }

  private static String abbreviate(String text, int length) {
    if (text == null) {
      return "";
    }
    return TextLimits.cut(text.strip().replaceAll("\\s+", " "), length);
  }

  @Transactional(readOnly = true)
  public Optional<ProjectCharter> latestCharter(Long projectId) {
    return charters.findFirstByProjectIdOrderByVersionDesc(projectId);
  }

  @Transactional(readOnly = true)
  public Optional<ManagementPlan> latestPlan(Long projectId) {
    return plans.findFirstByProjectIdOrderByVersionDesc(projectId);
  }

  @Transactional(readOnly = true)
  public Optional<ProjectBaseline> currentBaseline(Long projectId) {
    return baselines.findFirstByProjectIdOrderByVersionDesc(projectId);
  }

  @Transactional(readOnly = true)
  public List<ProjectBaseline> baselineHistory(Long projectId) {
    return baselines.findByProjectIdOrderByVersionAsc(projectId);
  }

  @Transactional(readOnly = true)
  public List<ScheduleTask> scheduleOfPlan(Long planId) {
    return scheduleTasks.findByPlanIdOrderByIdAsc(planId);
  }

  @Transactional(readOnly = true)
  public List<ScheduleTask> schedule(Long projectId) {
    return scheduleTasks.findByProjectIdOrderByIdAsc(projectId);
  }

  private int nextBaselineVersion(Long projectId) {
    return currentBaseline(projectId).map(ProjectBaseline::getVersion).orElse(0) + 1;
  }
}
