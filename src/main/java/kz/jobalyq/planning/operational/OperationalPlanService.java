package kz.jobalyq.planning.operational;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionLog.Decision;
import kz.jobalyq.system.decision.DecisionRecord;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.numbering.RecordNumbers;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.web.ConflictException;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operational plans of seed 004: registration, proposals, the activity list and its editions, approval, the
 * quarterly information and reports, the officials' decisions and corrections — the only place their state changes.
 */
@Service
@Transactional
public class OperationalPlanService {

  /** §6: approved within 10 calendar days from the signing of the development plan. */
  static final int APPROVAL_CALENDAR_DAYS = 10;
  static final int TEXT_LIMIT = 4000;

  private final OperationalPlanRepository plans;
  private final PlanActivityRepository activities;
  private final ActivityProposalRepository proposals;
  private final QuarterReportRepository quarters;
  private final ActivityExecutionRepository executions;
  private final CalendarService calendar;
  private final RecordNumbers recordNumbers;
  private final DecisionLog decisionLog;
  private final DecisionService decisions;
  private final RuntimeService runtime;
  private final Clock clock;

  public OperationalPlanService(OperationalPlanRepository plans, PlanActivityRepository activities,
      ActivityProposalRepository proposals, QuarterReportRepository quarters, ActivityExecutionRepository executions,
      CalendarService calendar, RecordNumbers recordNumbers, DecisionLog decisionLog, DecisionService decisions,
      RuntimeService runtime, Clock clock) {
    this.plans = plans;
    this.activities = activities;
    this.proposals = proposals;
    this.quarters = quarters;
    this.executions = executions;
    this.calendar = calendar;
    this.recordNumbers = recordNumbers;
    this.decisionLog = decisionLog;
    this.decisions = decisions;
    this.runtime = runtime;
    this.clock = clock;
  }

  // --- registration and preparation (§2–§6) ---

  /** Registers the plan as OPL-<plan year>-NNNN; its approval is due 10 calendar days after the signing (§6, §8). */
  public OperationalPlan register(PlanRegistration registration, String by, String processInstanceId) {
    requireText(registration.stateBodyName(), "stateBodyName", 500, "operational.stateBodyName.required");
    requireText(registration.developmentPlanName(), "developmentPlanName", 500,
        "operational.developmentPlanName.required");
    limit(registration.developmentPlanNumber(), "developmentPlanNumber", 100);
    LocalDate signedOn = registration.developmentPlanSignedOn();
    if (signedOn == null) {
      throw BadInput.of("signedOn", "operational.signedOn.required");
    }
    if (signedOn.isAfter(calendar.today())) {
      throw BadInput.of("signedOn", "operational.signedOn.future", signedOn);
    }
    Integer year = registration.planYear();
    if (year == null) {
      throw BadInput.of("planYear", "operational.planYear.required");
    }
    if (year != signedOn.getYear() && year != signedOn.getYear() + 1) {
      throw BadInput.of("planYear", "operational.planYear.notCurrent", String.valueOf(signedOn.getYear()),
          String.valueOf(signedOn.getYear() + 1), String.valueOf(year));
    }
    String number = recordNumbers.yearly("OPL", Year.of(year));
    OperationalPlan plan = plans.save(new OperationalPlan(number, registration, by, clock.instant(),
        processInstanceId));
    log(plan, OperationalPlanProcess.START_EVENT, "REGISTERED", "Даму жоспарына қол қойылды: " + signedOn
        + "; бекіту мерзімі: " + approvalDueOn(plan), by);
    return plan;
  }

  /**
   * The last day for approval: 10 calendar days after the signing, moved off a day off (§6, §8) — read from the
   * calendar as it is now, like the process's own deadline expression.
   */
  @Transactional(readOnly = true)
  public LocalDate approvalDueOn(OperationalPlan plan) {
    return calendar.calendarDaysAfter(plan.getDevelopmentPlanSignedOn(), APPROVAL_CALENDAR_DAYS).lastDay();
  }

  /** The structural units' proposals (§5), kept as sent; the planning unit assembles the plan from them. */
  public int submitProposals(Long planId, List<ActivityContent> rows, String comment, String by) {
    OperationalPlan plan = require(planId);
    if (rows.isEmpty()) {
      throw BadInput.of("proposals", "operational.proposals.empty");
    }
    List<ActivityContent> checked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      checked.add(checked(rows.get(i), new Row("proposals", i + 1), plan.getPlanYear()));
    }
    for (int i = 0; i < checked.size(); i++) {
      proposals.save(new ActivityProposal(plan.getId(), i + 1, checked.get(i), by, clock.instant()));
    }
    plan.proposalsReceived();
    log(plan, OperationalPlanProcess.TASK_SUBMIT_PROPOSALS, "PROPOSED_" + checked.size(), comment, by);
    return checked.size();
  }

  /** The rows the planning unit starts from: the current draft, or the proposals before there is one. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> editableRows(Long planId) {
    OperationalPlan plan = require(planId);
    List<PlanActivity> current = currentRows(plan);
    if (!current.isEmpty()) {
      return current.stream().map(activity -> editableRow(activity.getId(), activity.getContent())).toList();
    }
    return proposals.findByPlanIdOrderByIdAsc(plan.getId()).stream()
        .map(proposal -> editableRow(null, proposal.getContent())).toList();
  }

  private static Map<String, Object> editableRow(Long id, ActivityContent content) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("activityId", id);
    row.put("section", content.section().name());
    row.put("strategicDirection", content.strategicDirection());
    row.put("macroIndicator", content.macroIndicator());
    row.put("goal", content.goal());
    row.put("targetIndicator", content.targetIndicator());
    row.put("name", content.name());
    row.put("budgetProgrammeCode", content.budgetProgrammeCode());
    row.put("executor", content.executor());
    row.put("deadline", content.deadline().toString());
    row.put("completionForm", content.completionForm());
    return row;
  }

  /**
   * Stores the planning unit's list as the draft edition: unchanged rows stay, changed or removed approved rows are
   * retired (kept for the reports made against them), changed draft rows are edited in place.
   */
  public DraftChanges submitDraft(Long planId, List<ActivityRow> rows, String step, String by) {
    OperationalPlan plan = require(planId);
    if (rows.isEmpty()) {
      throw BadInput.of("activities", "operational.activities.empty");
    }
    Map<Long, PlanActivity> current = currentRows(plan).stream()
        .collect(Collectors.toMap(PlanActivity::getId, Function.identity()));
    List<ActivityContent> checked = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = new Row("activities", i + 1);
      Long id = rows.get(i).activityId();
      if (id != null && !current.containsKey(id)) {
        throw row.refused("activityId", "operational.row.activityId.notInPlan", String.valueOf(id));
      }
      if (id != null && !seen.add(id)) {
        throw row.refused("activityId", "operational.row.activityId.twice", String.valueOf(id));
      }
      checked.add(checked(rows.get(i).content(), row, plan.getPlanYear()));
    }
    int edition = plan.editionToEdit();
    int added = 0;
    int changed = 0;
    for (int i = 0; i < rows.size(); i++) {
      Long id = rows.get(i).activityId();
      ActivityContent content = checked.get(i);
      PlanActivity existing = id == null ? null : current.get(id);
      if (existing == null) {
        activities.save(new PlanActivity(plan.getId(), edition, null, i + 1, content));
        added++;
      } else if (existing.getContent().sameAs(content)) {
        existing.moveTo(i + 1);
      } else if (existing.getVersionFrom() == edition) {
        existing.redraft(i + 1, content);
        changed++;
      } else {
        existing.retireFrom(edition);
        activities.save(new PlanActivity(plan.getId(), edition, existing.getId(), i + 1, content));
        changed++;
      }
    }
    int removed = 0;
    for (PlanActivity activity : current.values()) {
      if (!seen.contains(activity.getId())) {
        if (activity.getVersionFrom() == edition) {
          activities.delete(activity);
        } else {
          activity.retireFrom(edition);
        }
        removed++;
      }
    }
    plan.submittedForApproval();
    DraftChanges changes = new DraftChanges(edition, rows.size(), added, changed, removed);
    log(plan, step, "SUBMITTED_V" + edition, changes.describe(), by);
    return changes;
  }

  /** What a submitted draft did to the list. */
  public record DraftChanges(int edition, int activities, int added, int changed, int removed) {
    public String describe() {
      return activities + " іс-шара; қосылды " + added + ", өзгертілді " + changed + ", алынып тасталды " + removed;
    }
  }

  /** The head's decision; a return needs its reasons. On approval the draft becomes the edition in force. */
  public void recordApproval(Long planId, boolean approved, String comment, String step, String by) {
    OperationalPlan plan = require(planId);
    String reasons = blankToNull(comment);
    if (!approved && reasons == null) {
      throw BadInput.of("planDecisionComment", "operational.planDecisionComment.required");
    }
    if (approved) {
      plan.approve(by, clock.instant(), calendar.today());
    } else {
      plan.returnForRevision();
    }
    log(plan, step, approved ? "APPROVED_V" + plan.getDraftVersion() : "RETURNED", reasons, by);
  }

  /** Who is holding the plan up while the approval deadline nears: the group of the open step. */
  @Transactional(readOnly = true)
  public List<Role> holdersOfPreparation(Long planId) {
    return switch (require(planId).getStatus()) {
      case PROPOSALS -> List.of(Role.STRUCTURAL_UNIT, Role.PLANNING_UNIT);
      case ASSEMBLY -> List.of(Role.PLANNING_UNIT);
      default -> List.of(Role.STATE_BODY_HEAD, Role.CHIEF_OF_STAFF);
    };
  }

  /** The 10 calendar days of §6 passed without approval: recorded, the process escalates to the chief of staff. */
  public OperationalPlan markApprovalOverdue(Long planId) {
    OperationalPlan plan = require(planId);
    plan.markApprovalOverdue();
    log(plan, OperationalPlanProcess.BOUNDARY_APPROVAL_OVERDUE, "APPROVAL_OVERDUE",
        "Бекіту мерзімі " + approvalDueOn(plan) + " өтті; жоспардың күйі: " + plan.getStatus().kazakhName(), null);
    return plan;
  }

  /** The overview the approving head reads above the list, in the reader's language. */
  @Transactional(readOnly = true)
  public String overviewOf(Long planId, Locale language) {
    OperationalPlan plan = require(planId);
    List<PlanActivity> draft = currentRows(plan);
    long strategic = draft.stream().filter(a -> a.getContent().section() == PlanSection.STRATEGIC).count();
    long directions = draft.stream().map(a -> a.getContent().strategicDirection()).filter(d -> d != null).distinct()
        .count();
    StringBuilder text = new StringBuilder()
        .append("**").append(plan.getStateBodyName()).append("** — ").append(Messages.text(language,
            "operational.overview.plan", String.valueOf(plan.getPlanYear()), String.valueOf(plan.getDraftVersion())))
        .append("  \n")
        .append(label(language, "operational.overview.developmentPlan")).append(plan.getDevelopmentPlanName())
        .append(plan.getDevelopmentPlanNumber() == null ? "" : " № " + plan.getDevelopmentPlanNumber())
        .append(", ").append(Messages.text(language, "operational.overview.signedOn")).append(' ')
        .append(Display.date(plan.getDevelopmentPlanSignedOn())).append("  \n")
        .append(label(language, "operational.overview.activities")).append(draft.size()).append(" (")
        .append(Messages.text(language, "operational.overview.sections", String.valueOf(strategic),
            String.valueOf(directions), String.valueOf(draft.size() - strategic))).append(")  \n");
    if (plan.isApproved()) {
      text.append(label(language, "operational.overview.changes")).append(changesSinceApproval(plan, language))
          .append("  \n");
    } else {
      text.append(label(language, "operational.overview.approvalDue")).append(Display.date(approvalDueOn(plan)))
          .append(plan.isApprovalOverdue() ? " — " + Messages.text(language, "operational.overview.overdue") : "")
          .append("  \n");
    }
    return text.toString();
  }

  private String changesSinceApproval(OperationalPlan plan, Locale language) {
    int approved = plan.getApprovedVersion();
    List<PlanActivity> all = activities.findByPlanIdOrderByRowOrderAscIdAsc(plan.getId());
    long added = all.stream().filter(a -> a.isCurrent() && a.getVersionFrom() > approved
        && a.getReplacesActivityId() == null).count();
    long changed = all.stream().filter(a -> a.isCurrent() && a.getVersionFrom() > approved
        && a.getReplacesActivityId() != null).count();
    long removed = all.stream().filter(a -> a.belongsTo(approved) && !a.isCurrent()).count() - changed;
    return Messages.text(language, "operational.overview.changeCounts", String.valueOf(added),
        String.valueOf(changed), String.valueOf(removed));
  }

  /** A bold field name of an overview: "**Іс-шаралар:** ". */
  private static String label(Locale language, String key) {
    return "**" + Messages.text(language, key) + ":** ";
  }

  /** The draft as the approving head reads it: Annex 1 columns in order, new and changed rows marked. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> approvalRows(Long planId) {
    OperationalPlan plan = require(planId);
    Integer approved = plan.getApprovedVersion();
    List<Map<String, Object>> rows = new ArrayList<>();
    int position = 1;
    for (PlanActivity activity : currentRows(plan)) {
      Map<String, Object> row = annexRow(position++, activity);
      String change = "";
      if (approved != null && activity.getVersionFrom() > approved) {
        change = activity.getReplacesActivityId() == null ? "жаңа" : "өзгертілді";
      }
      row.put("change", change);
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Object> annexRow(int position, PlanActivity activity) {
    ActivityContent content = activity.getContent();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("activityId", activity.getId());
    row.put("position", position);
    row.put("place", content.place());
    row.put("name", content.name());
    row.put("budgetProgrammeCode", content.budgetProgrammeCode());
    row.put("executor", content.executor());
    row.put("deadline", content.deadline().toString());
    row.put("completionForm", content.completionForm());
    return row;
  }

  // --- quarters (§11–§18) ---

  /**
   * Opens a quarter's reporting period as the schedule table sets it (§13, §15): the units' information and the
   * monitoring report are due on fixed days of the month after the quarter, moved off days off (§8).
   */
  public ReportingSchedule openQuarter(Long planId, int quarter) {
    OperationalPlan plan = require(planId);
    ReportingSchedule schedule = scheduleOf(plan.getPlanYear(), quarter);
    if (quarters.findByPlanIdAndQuarter(plan.getId(), quarter).isEmpty()) {
      quarters.save(new QuarterReport(plan.getId(), schedule));
    }
    return schedule;
  }

  /**
   * Reads {@code dmn/operational-plan-reporting-schedule.dmn} (latest version) for one quarter of a plan year. Not a
   * read-only transaction: the engine records each evaluation in its decision history.
   */
  public ReportingSchedule scheduleOf(int planYear, int quarter) {
    Map<String, Object> result = decisions.evaluateDecisionTableByKey(
        OperationalPlanProcess.DECISION_REPORTING_SCHEDULE, Variables.createVariables().putValue("quarter", quarter))
        .getSingleResult().getEntryMap();
    int year = planYear + number(result, "yearOffset");
    int month = number(result, "reportingMonth");
    int informationDay = number(result, "informationDay");
    int reportDay = number(result, "reportDay");
    return new ReportingSchedule(quarter, year, month, informationDay, reportDay, LocalDate.of(year, month, 1),
        calendar.onOrNextWorkingDay(LocalDate.of(year, month, informationDay)).lastDay(),
        calendar.onOrNextWorkingDay(LocalDate.of(year, month, reportDay)).lastDay());
  }

  private static int number(Map<String, Object> result, String output) {
    Object value = result.get(output);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException(OperationalPlanProcess.DECISION_REPORTING_SCHEDULE + " gave no " + output);
    }
    return number.intValue();
  }

  /**
   * The reporting period began: the units report on the edition in force. Rows start from the last quarter's
   * answers, since the information is cumulative over the year (Annex 2 reports "for the year").
   */
  public List<Map<String, Object>> openInformation(Long planId, int quarter) {
    OperationalPlan plan = require(planId);
    QuarterReport report = requireQuarter(plan, quarter);
    if (!plan.isApproved()) {
      throw new IllegalStateException(plan.getNumber() + " has no approved edition to report on");
    }
    report.openInformation(plan.getApprovedVersion());
    Map<Long, ActivityExecution> previous = previousAnswers(plan, quarter);
    LocalDate quarterEnd = quarterEnd(plan.getPlanYear(), quarter);
    List<Map<String, Object>> rows = new ArrayList<>();
    int position = 1;
    for (PlanActivity activity : edition(plan, report.getPlanVersion())) {
      Map<String, Object> row = annexRow(position++, activity);
      boolean due = !activity.getContent().deadline().isAfter(quarterEnd);
      row.put("dueInPeriod", due ? "Иә — мерзімі " + activity.getContent().deadline() : "Жоқ");
      ActivityExecution before = previous.get(activity.getId());
      row.put("executed", before != null && before.isExecuted());
      row.put("actualExecution", before == null ? "" : nullToEmpty(before.getActualExecution()));
      row.put("nonExecutionReason", before == null || before.isExecuted() ? ""
          : nullToEmpty(before.getNonExecutionReason()));
      rows.add(row);
    }
    return rows;
  }

  private Map<Long, ActivityExecution> previousAnswers(OperationalPlan plan, int quarter) {
    Map<Long, ActivityExecution> answers = new HashMap<>();
    quarters.findByPlanIdOrderByQuarterAsc(plan.getId()).stream()
        .filter(report -> report.getQuarter() < quarter && report.getInformationSubmittedAt() != null)
        .max(Comparator.comparingInt(QuarterReport::getQuarter))
        .ifPresent(report -> executions.findByQuarterIdOrderByIdAsc(report.getId())
            .forEach(execution -> answers.put(execution.getActivityId(), execution)));
    return answers;
  }

  /**
   * The units' information (§12): each activity of the edition reported on, done or not; an activity due in the
   * period and not done needs its reasons, a done one what was actually done (Annex 2 columns 6–7).
   */
  public void recordInformation(Long planId, int quarter, List<ExecutionAnswer> answers, String comment,
      String by) {
    OperationalPlan plan = require(planId);
    QuarterReport report = requireQuarter(plan, quarter);
    LocalDate quarterEnd = quarterEnd(plan.getPlanYear(), quarter);
    Map<Long, PlanActivity> reported = edition(plan, report.getPlanVersion()).stream()
        .collect(Collectors.toMap(PlanActivity::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<Long, ExecutionAnswer> byActivity = new HashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      Row row = new Row("executionInformation", i + 1);
      ExecutionAnswer answer = answers.get(i);
      PlanActivity activity = answer.activityId() == null ? null : reported.get(answer.activityId());
      if (activity == null) {
        throw row.refused("activityId", "operational.row.activityId.notInEdition",
            String.valueOf(answer.activityId()));
      }
      if (byActivity.put(answer.activityId(), answer) != null) {
        throw row.refused("activityId", "operational.row.activityId.twice", String.valueOf(answer.activityId()));
      }
      boolean due = !activity.getContent().deadline().isAfter(quarterEnd);
      if (answer.executed()) {
        requireText(answer.actualExecution(), row, "actualExecution", TEXT_LIMIT,
            "operational.row.actualExecution.required");
      } else if (due) {
        requireText(answer.nonExecutionReason(), row, "nonExecutionReason", TEXT_LIMIT,
            "operational.row.nonExecutionReason.required");
      }
      limit(answer.actualExecution(), row, "actualExecution", TEXT_LIMIT);
      limit(answer.nonExecutionReason(), row, "nonExecutionReason", TEXT_LIMIT);
    }
    List<String> missing = reported.keySet().stream().filter(id -> !byActivity.containsKey(id))
        .map(String::valueOf).toList();
    if (!missing.isEmpty()) {
      throw BadInput.of("executionInformation", "operational.executionInformation.missing",
          String.join(", ", missing));
    }
    limit(comment, "informationComment", TEXT_LIMIT);
    Map<Long, ActivityExecution> stored = executions.findByQuarterIdOrderByIdAsc(report.getId()).stream()
        .collect(Collectors.toMap(ActivityExecution::getActivityId, Function.identity()));
    for (PlanActivity activity : reported.values()) {
      ExecutionAnswer answer = byActivity.get(activity.getId());
      ActivityExecution execution = stored.computeIfAbsent(activity.getId(), id -> executions.save(
          new ActivityExecution(report.getId(), id, !activity.getContent().deadline().isAfter(quarterEnd))));
      execution.answer(answer.executed(), blankToNull(answer.actualExecution()),
          blankToNull(answer.nonExecutionReason()));
    }
    report.recordInformation(blankToNull(comment), by, clock.instant());
    long done = byActivity.values().stream().filter(ExecutionAnswer::executed).count();
    log(plan, OperationalPlanProcess.TASK_SUBMIT_INFORMATION, "Q" + quarter + "_INFORMATION",
        "Орындалды " + done + " / " + byActivity.size() + (comment == null ? "" : "; " + comment.strip()), by);
  }

  /** The Annex 2 rows the monitoring unit completes: the units' answers with room for its recommendations. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> monitoringRows(Long planId, int quarter) {
    OperationalPlan plan = require(planId);
    QuarterReport report = requireQuarter(plan, quarter);
    return annexTwoRows(plan, report);
  }

  private List<Map<String, Object>> annexTwoRows(OperationalPlan plan, QuarterReport report) {
    Map<Long, ActivityExecution> answers = executions.findByQuarterIdOrderByIdAsc(report.getId()).stream()
        .collect(Collectors.toMap(ActivityExecution::getActivityId, Function.identity()));
    List<Map<String, Object>> rows = new ArrayList<>();
    int position = 1;
    for (PlanActivity activity : edition(plan, report.getPlanVersion())) {
      Map<String, Object> row = annexRow(position++, activity);
      ActivityExecution answer = answers.get(activity.getId());
      row.put("executedText", answer == null ? "" : answer.isExecuted() ? "Орындалды"
          : answer.isDueInPeriod() ? "Орындалмады" : "Мерзімі келмеген");
      row.put("actualExecution", answer == null ? "" : nullToEmpty(answer.getActualExecution()));
      row.put("nonExecutionReason", answer == null ? "" : nullToEmpty(answer.getNonExecutionReason()));
      row.put("recommendation", answer == null ? "" : nullToEmpty(answer.getRecommendation()));
      rows.add(row);
    }
    return rows;
  }

  /**
   * The monitoring unit's report (§15–§16, Annex 2): the course of implementation, recommendations to the officials
   * on measures, and proposals to change the plan.
   */
  public void recordMonitoringReport(Long planId, int quarter, List<MonitoringAnswer> rows, String recommendations,
      String proposedChanges, String by) {
    OperationalPlan plan = require(planId);
    QuarterReport report = requireQuarter(plan, quarter);
    requireText(recommendations, "recommendations", TEXT_LIMIT, "operational.recommendations.required");
    limit(proposedChanges, "proposedChanges", TEXT_LIMIT);
    Map<Long, ActivityExecution> answers = executions.findByQuarterIdOrderByIdAsc(report.getId()).stream()
        .collect(Collectors.toMap(ActivityExecution::getActivityId, Function.identity()));
    for (int i = 0; i < rows.size(); i++) {
      Row where = new Row("monitoringReport", i + 1);
      MonitoringAnswer row = rows.get(i);
      ActivityExecution answer = row.activityId() == null ? null : answers.get(row.activityId());
      if (answer == null) {
        throw where.refused("activityId", "operational.row.activityId.noInformation",
            String.valueOf(row.activityId()));
      }
      limit(row.actualExecution(), where, "actualExecution", TEXT_LIMIT);
      limit(row.nonExecutionReason(), where, "nonExecutionReason", TEXT_LIMIT);
      limit(row.recommendation(), where, "recommendation", TEXT_LIMIT);
      answer.review(blankToNull(row.actualExecution()), blankToNull(row.nonExecutionReason()),
          blankToNull(row.recommendation()));
    }
    report.recordReport(recommendations.strip(), blankToNull(proposedChanges), by, clock.instant());
    log(plan, OperationalPlanProcess.TASK_PREPARE_REPORT, "Q" + quarter + "_REPORT",
        proposedChanges == null || proposedChanges.isBlank() ? "Өзгерістер ұсынылмады" : "Өзгерістер ұсынылды", by);
  }

  /** The report as the officials read it, in the reader's language: done / not done counts and when it came. */
  @Transactional(readOnly = true)
  public String reportOverview(Long planId, int quarter, Locale language) {
    OperationalPlan plan = require(planId);
    QuarterReport report = requireQuarter(plan, quarter);
    List<ActivityExecution> answers = executions.findByQuarterIdOrderByIdAsc(report.getId());
    long due = answers.stream().filter(ActivityExecution::isDueInPeriod).count();
    long dueDone = answers.stream().filter(a -> a.isDueInPeriod() && a.isExecuted()).count();
    long early = answers.stream().filter(a -> !a.isDueInPeriod() && a.isExecuted()).count();
    String late = " (" + Messages.text(language, "operational.report.late") + ")";
    return "**" + Messages.text(language, "operational.report.title", String.valueOf(plan.getPlanYear()),
        String.valueOf(quarter)) + "** (" + plan.getNumber() + ", "
        + Messages.text(language, "operational.report.version", String.valueOf(report.getPlanVersion())) + ")  \n"
        + label(language, "operational.report.due") + due + ", " + Messages.text(language,
            "operational.report.doneCounts", String.valueOf(dueDone), String.valueOf(due - dueDone))
        + "  \n" + label(language, "operational.report.early") + early + "  \n"
        + label(language, "operational.report.information") + Display.dateTime(report.getInformationSubmittedAt())
        + (report.isInformationOverdue() ? late : "") + "; " + label(language, "operational.report.report")
        + Display.dateTime(report.getReportSubmittedAt()) + (report.isReportOverdue() ? late : "");
  }

  /** The rows of the report for the officials' form (read only). */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> reportRows(Long planId, int quarter) {
    OperationalPlan plan = require(planId);
    return annexTwoRows(plan, requireQuarter(plan, quarter));
  }

  /**
   * The officials' decision on the report (§17): the measures they take, and whether the plan must be corrected
   * (§18). A correction opens a new draft for the planning unit.
   */
  public void recordReportDecision(Long planId, int quarter, ReportDecision decision, String measures,
      String comment, String by) {
    OperationalPlan plan = require(planId);
    QuarterReport report = requireQuarter(plan, quarter);
    if (decision == null) {
      throw BadInput.of("reportDecision", "operational.reportDecision.required");
    }
    requireText(measures, "measures", TEXT_LIMIT, "operational.measures.required");
    limit(comment, "decisionComment", TEXT_LIMIT);
    report.decide(decision, measures.strip(), by, clock.instant());
    if (decision == ReportDecision.CORRECTION) {
      plan.startCorrection();
    }
    log(plan, OperationalPlanProcess.TASK_DECIDE, "Q" + quarter + "_" + decision.name(),
        measures.strip() + (blankToNull(comment) == null ? "" : "; " + comment.strip()), by);
  }

  /** What the planning unit reads on the correction form. */
  @Transactional(readOnly = true)
  public String correctionReasonAfterReport(Long planId, int quarter) {
    QuarterReport report = requireQuarter(require(planId), quarter);
    String text = quarter + "-тоқсан бойынша лауазымды тұлғалардың шешімі: " + report.getMeasures();
    if (report.getProposedChanges() != null) {
      text += "\n\nМониторинг есебіндегі өзгерістер енгізу жөніндегі ұсыныстар: " + report.getProposedChanges();
    }
    return text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT - 1) + "…" : text;
  }

  /** The last day for the units' information: the rule's day, or the next working day (§8), as the calendar is now. */
  @Transactional(readOnly = true)
  public LocalDate informationDueOn(QuarterReport report) {
    return calendar.onOrNextWorkingDay(report.getInformationDay()).lastDay();
  }

  /** The last day for the monitoring report, as the calendar is now. */
  @Transactional(readOnly = true)
  public LocalDate reportDueOn(QuarterReport report) {
    return calendar.onOrNextWorkingDay(report.getReportDay()).lastDay();
  }

  public void markInformationOverdue(Long planId, int quarter) {
    OperationalPlan plan = require(planId);
    QuarterReport report = requireQuarter(plan, quarter);
    report.markInformationOverdue();
    log(plan, OperationalPlanProcess.BOUNDARY_INFORMATION_OVERDUE, "Q" + quarter + "_INFORMATION_OVERDUE",
        "Ақпарат мерзімі " + informationDueOn(report) + " өтті (§13)", null);
  }

  public void markReportOverdue(Long planId, int quarter) {
    OperationalPlan plan = require(planId);
    QuarterReport report = requireQuarter(plan, quarter);
    report.markReportOverdue();
    log(plan, OperationalPlanProcess.BOUNDARY_REPORT_OVERDUE, "Q" + quarter + "_REPORT_OVERDUE",
        "Есеп мерзімі " + reportDueOn(report) + " өтті (§15)", null);
  }

  public void closeQuarter(Long planId, int quarter) {
    requireQuarter(require(planId), quarter).close(clock.instant());
  }

  /** After the fourth quarter the plan's year is over. */
  public void close(Long planId) {
    OperationalPlan plan = require(planId);
    plan.close(clock.instant());
    log(plan, OperationalPlanProcess.TASK_CLOSE_PLAN, "CLOSED", null, null);
  }

  /**
   * The development plan was changed (§18): the operational plan must be corrected. Recorded, then handed to the
   * running process, which gives the planning unit a correction task; refused before approval and after closing.
   */
  public void developmentPlanChanged(String number, LocalDate changedOn, String description, String by) {
    OperationalPlan plan = requireByNumber(number);
    if (changedOn == null) {
      throw BadInput.of("changedOn", "operational.changedOn.required");
    }
    requireText(description, "description", 2000, "operational.description.required");
    if (!plan.isApproved() || plan.getStatus() == OperationalPlanStatus.CLOSED) {
      throw new ConflictException(Messages.text("operational.correction.notOpen", plan.getNumber(),
          Messages.text("operational.status." + plan.getStatus().name())));
    }
    plan.startCorrection();
    log(plan, OperationalPlanProcess.START_DEVELOPMENT_PLAN_CHANGED, "DEVELOPMENT_PLAN_CHANGED",
        changedOn + ": " + description.strip(), by);
    runtime.createMessageCorrelation(OperationalPlanProcess.MESSAGE_DEVELOPMENT_PLAN_CHANGED)
        .processInstanceBusinessKey(plan.getNumber())
        // Into the correction's own scope: several corrections may run at once (a quarter's and this one).
        .setVariableToTriggeredScope(OperationalPlanProcess.Vars.CORRECTION_REASON,
            "Даму жоспарына өзгеріс енгізілді (" + changedOn + "): " + description.strip())
        .setVariableToTriggeredScope(OperationalPlanProcess.Vars.PLAN_APPROVED, null)
        .setVariableToTriggeredScope(OperationalPlanProcess.Vars.APPROVAL_COMMENT, null)
        .correlateWithResult();
  }

  // --- reading ---

  @Transactional(readOnly = true)
  public OperationalPlan require(Long planId) {
    return plans.findById(planId).orElseThrow(() -> new NotFoundException(
        Messages.text("operational.plan.notFound", String.valueOf(planId))));
  }

  @Transactional(readOnly = true)
  public OperationalPlan requireByNumber(String number) {
    return plans.findByNumber(number)
        .orElseThrow(() -> new NotFoundException(Messages.text("operational.plan.notFound", number)));
  }

  @Transactional(readOnly = true)
  public List<OperationalPlan> all() {
    return plans.findAllByOrderByPlanYearDescIdDesc();
  }

  /** The edition in force (empty before approval). */
  @Transactional(readOnly = true)
  public List<PlanActivity> approvedActivities(OperationalPlan plan) {
    return plan.getApprovedVersion() == null ? List.of() : edition(plan, plan.getApprovedVersion());
  }

  /** The rows being drafted, when a draft is pending. */
  @Transactional(readOnly = true)
  public List<PlanActivity> draftActivities(OperationalPlan plan) {
    return plan.hasPendingDraft() ? currentRows(plan) : List.of();
  }

  @Transactional(readOnly = true)
  public List<ActivityProposal> proposalsOf(OperationalPlan plan) {
    return proposals.findByPlanIdOrderByIdAsc(plan.getId());
  }

  @Transactional(readOnly = true)
  public List<QuarterReport> quartersOf(OperationalPlan plan) {
    return quarters.findByPlanIdOrderByQuarterAsc(plan.getId());
  }

  @Transactional(readOnly = true)
  public Optional<QuarterReport> quarterOf(OperationalPlan plan, int quarter) {
    return quarters.findByPlanIdAndQuarter(plan.getId(), quarter);
  }

  @Transactional(readOnly = true)
  public List<ActivityExecution> executionsOf(QuarterReport report) {
    return executions.findByQuarterIdOrderByIdAsc(report.getId());
  }

  /** Every activity row the plan ever had, for reading reports made against an earlier edition. */
  @Transactional(readOnly = true)
  public Map<Long, PlanActivity> activityHistoryOf(OperationalPlan plan) {
    return activities.findByPlanIdOrderByRowOrderAscIdAsc(plan.getId()).stream()
        .collect(Collectors.toMap(PlanActivity::getId, Function.identity()));
  }

  @Transactional(readOnly = true)
  public List<DecisionRecord> decisionsOf(OperationalPlan plan) {
    return decisionLog.historyOf(OperationalPlanProcess.RECORD_TYPE, plan.getId());
  }

  // --- helpers ---

  private List<PlanActivity> currentRows(OperationalPlan plan) {
    return activities.findByPlanIdOrderByRowOrderAscIdAsc(plan.getId()).stream().filter(PlanActivity::isCurrent)
        .toList();
  }

  private List<PlanActivity> edition(OperationalPlan plan, Integer version) {
    if (version == null) {
      return List.of();
    }
    return activities.findByPlanIdOrderByRowOrderAscIdAsc(plan.getId()).stream()
        .filter(activity -> activity.belongsTo(version)).toList();
  }

  private QuarterReport requireQuarter(OperationalPlan plan, int quarter) {
    return quarters.findByPlanIdAndQuarter(plan.getId(), quarter).orElseThrow(() ->
        new NotFoundException(Messages.text("operational.quarter.notOpened", plan.getNumber(),
            String.valueOf(quarter))));
  }

  static LocalDate quarterEnd(int year, int quarter) {
    return LocalDate.of(year, quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
  }

  /**
   * Annex 1: columns 2, 4–6 are required; a section I activity sits under a strategic direction and either a
   * macro-indicator or a goal's target indicator; section II has no hierarchy. The plan covers one year (§3).
   */
  private static ActivityContent checked(ActivityContent content, Row row, int planYear) {
    if (content.section() == null) {
      throw row.refused("section", "operational.row.section.required");
    }
    requireText(content.name(), row, "name", 2000, "operational.row.name.required");
    requireText(content.executor(), row, "executor", 300, "operational.row.executor.required");
    requireText(content.completionForm(), row, "completionForm", 500, "operational.row.completionForm.required");
    if (content.deadline() == null) {
      throw row.refused("deadline", "operational.row.deadline.required");
    }
    if (content.deadline().getYear() != planYear) {
      throw row.refused("deadline", "operational.row.deadline.outsideYear", content.deadline(),
          String.valueOf(planYear));
    }
    limit(content.budgetProgrammeCode(), row, "budgetProgrammeCode", 50);
    if (content.section() == PlanSection.OTHER_TASKS) {
      return new ActivityContent(content.section(), null, null, null, null, content.name().strip(),
          blankToNull(content.budgetProgrammeCode()), content.executor().strip(), content.deadline(),
          content.completionForm().strip());
    }
    String direction = blankToNull(content.strategicDirection());
    String macro = blankToNull(content.macroIndicator());
    String goal = blankToNull(content.goal());
    String target = blankToNull(content.targetIndicator());
    if (direction == null) {
      throw row.refused("strategicDirection", "operational.row.strategicDirection.required");
    }
    if (macro == null && target == null) {
      throw row.refused("macroIndicator", "operational.row.macroIndicator.required");
    }
    if (macro != null && (goal != null || target != null)) {
      throw row.refused("macroIndicator", "operational.row.macroIndicator.both");
    }
    if (target != null && goal == null) {
      throw row.refused("goal", "operational.row.goal.required");
    }
    for (String[] field : new String[][] {{"strategicDirection", direction}, {"macroIndicator", macro},
        {"goal", goal}, {"targetIndicator", target}}) {
      limit(field[1], row, field[0], 500);
    }
    return new ActivityContent(content.section(), direction, macro, goal, target, content.name().strip(),
        blankToNull(content.budgetProgrammeCode()), content.executor().strip(), content.deadline(),
        content.completionForm().strip());
  }

  /**
   * A row of a form's list: its fields are keyed as the form keys them ({@code activities[2].deadline}), and its
   * refusals say which row in words, since Tasklist can point only at the list.
   */
  private record Row(String list, int number) {

    String field(String column) {
      return list + "[" + number + "]." + column;
    }

    /** The refusal of one of the row's fields: the key's text gets the row's number first ({0}), then args. */
    BadInput refused(String column, String key, Object... args) {
      Object[] all = new Object[args.length + 1];
      all[0] = String.valueOf(number);
      System.arraycopy(args, 0, all, 1, args.length);
      return BadInput.of(field(column), key, all);
    }
  }

  /** A required text of a form: {@code requiredKey} when blank, too long over {@code limit} characters. */
  private static void requireText(String value, String field, int limit, String requiredKey) {
    if (value == null || value.isBlank()) {
      throw BadInput.of(field, requiredKey);
    }
    limit(value, field, limit);
  }

  private static void requireText(String value, Row row, String column, int limit, String requiredKey) {
    if (value == null || value.isBlank()) {
      throw row.refused(column, requiredKey);
    }
    limit(value, row, column, limit);
  }

  /** An optional text, at most {@code limit} characters; the refusal names the field as the form labels it. */
  private static void limit(String value, String field, int limit) {
    if (value != null && value.strip().length() > limit) {
      throw BadInput.of(field, "operational.tooLong", label(field), String.valueOf(limit));
    }
  }

  private static void limit(String value, Row row, String column, int limit) {
    if (value != null && value.strip().length() > limit) {
      throw row.refused(column, "operational.row.tooLong", label(column), String.valueOf(limit));
    }
  }

  private static String label(String field) {
    return Messages.text("operational.field." + field);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private void log(OperationalPlan plan, String step, String outcome, String comment, String by) {
    String text = comment == null || comment.length() <= TEXT_LIMIT ? comment
        : comment.substring(0, TEXT_LIMIT - 1) + "…";
    decisionLog.record(new Decision(OperationalPlanProcess.RECORD_TYPE, plan.getId(), plan.getNumber(),
        plan.getProcessInstanceId(), step, outcome, text, by));
  }
}
