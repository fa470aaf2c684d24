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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionLog.Decision;
import kz.jobalyq.system.decision.DecisionRecord;
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
    requireText(registration.stateBodyName(), "stateBodyName", 500, "мемлекеттік органның атауы міндетті");
    requireText(registration.developmentPlanName(), "developmentPlanName", 500, "даму жоспарының атауы міндетті");
    if (registration.developmentPlanNumber() != null && registration.developmentPlanNumber().strip().length() > 100) {
      throw new IllegalArgumentException("developmentPlanNumber: 100 таңбадан аспауы тиіс");
    }
    LocalDate signedOn = registration.developmentPlanSignedOn();
    if (signedOn == null) {
      throw new IllegalArgumentException("signedOn: даму жоспарына қол қойылған күн міндетті");
    }
    if (signedOn.isAfter(calendar.today())) {
      throw new IllegalArgumentException("signedOn: қол қойылған күн болашақта бола алмайды (" + signedOn + ")");
    }
    Integer year = registration.planYear();
    if (year == null) {
      throw new IllegalArgumentException("planYear: операциялық жоспардың жылы міндетті");
    }
    if (year != signedOn.getYear() && year != signedOn.getYear() + 1) {
      throw new IllegalArgumentException("planYear: операциялық жоспар ағымдағы қаржы жылына арналады (§3): "
          + signedOn.getYear() + " немесе " + (signedOn.getYear() + 1) + " болуы тиіс, берілгені " + year);
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
      throw new IllegalArgumentException("proposals: кемінде бір іс-шара ұсыныңыз");
    }
    List<ActivityContent> checked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      checked.add(checked(rows.get(i), "proposals[" + (i + 1) + "]", plan.getPlanYear()));
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
      throw new IllegalArgumentException("activities: жоспарда кемінде бір іс-шара болуы тиіс");
    }
    Map<Long, PlanActivity> current = currentRows(plan).stream()
        .collect(Collectors.toMap(PlanActivity::getId, Function.identity()));
    List<ActivityContent> checked = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      String where = "activities[" + (i + 1) + "]";
      Long id = rows.get(i).activityId();
      if (id != null && !current.containsKey(id)) {
        throw new IllegalArgumentException(where + ".activityId: " + id + " — бұл жоспардың іс-шарасы емес");
      }
      if (id != null && !seen.add(id)) {
        throw new IllegalArgumentException(where + ".activityId: " + id + " екі рет берілген");
      }
      checked.add(checked(rows.get(i).content(), where, plan.getPlanYear()));
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
      throw new IllegalArgumentException("planDecisionComment: пысықтауға қайтару себебін жазыңыз");
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

  /** The overview the approving head reads above the list. */
  @Transactional(readOnly = true)
  public String overviewOf(Long planId) {
    OperationalPlan plan = require(planId);
    List<PlanActivity> draft = currentRows(plan);
    long strategic = draft.stream().filter(a -> a.getContent().section() == PlanSection.STRATEGIC).count();
    long directions = draft.stream().map(a -> a.getContent().strategicDirection()).filter(d -> d != null).distinct()
        .count();
    StringBuilder text = new StringBuilder()
        .append("**").append(plan.getStateBodyName()).append("** — ").append(plan.getPlanYear())
        .append(" жылға арналған операциялық жоспар, ").append(plan.getDraftVersion()).append("-редакция  \n")
        .append("**Даму жоспары:** ").append(plan.getDevelopmentPlanName())
        .append(plan.getDevelopmentPlanNumber() == null ? "" : " № " + plan.getDevelopmentPlanNumber())
        .append(", қол қойылған күні ").append(plan.getDevelopmentPlanSignedOn()).append("  \n")
        .append("**Іс-шаралар:** ").append(draft.size()).append(" (I бөлім — ").append(strategic)
        .append(", ").append(directions).append(" стратегиялық бағыт; II бөлім — ").append(draft.size() - strategic)
        .append(")  \n");
    if (plan.isApproved()) {
      text.append("**Қолданыстағы редакциямен салыстырғанда:** ").append(changesSinceApproval(plan)).append("  \n");
    } else {
      text.append("**Бекіту мерзімі (§6):** ").append(approvalDueOn(plan))
          .append(plan.isApprovalOverdue() ? " — мерзімі өтті" : "").append("  \n");
    }
    return text.toString();
  }

  private String changesSinceApproval(OperationalPlan plan) {
    int approved = plan.getApprovedVersion();
    List<PlanActivity> all = activities.findByPlanIdOrderByRowOrderAscIdAsc(plan.getId());
    long added = all.stream().filter(a -> a.isCurrent() && a.getVersionFrom() > approved
        && a.getReplacesActivityId() == null).count();
    long changed = all.stream().filter(a -> a.isCurrent() && a.getVersionFrom() > approved
        && a.getReplacesActivityId() != null).count();
    long removed = all.stream().filter(a -> a.belongsTo(approved) && !a.isCurrent()).count() - changed;
    return "қосылды " + added + ", өзгертілді " + changed + ", алынып тасталды " + removed;
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
      String where = "executionInformation[" + (i + 1) + "]";
      ExecutionAnswer answer = answers.get(i);
      PlanActivity activity = answer.activityId() == null ? null : reported.get(answer.activityId());
      if (activity == null) {
        throw new IllegalArgumentException(where + ".activityId: " + answer.activityId()
            + " — жоспардың осы редакциясының іс-шарасы емес");
      }
      if (byActivity.put(answer.activityId(), answer) != null) {
        throw new IllegalArgumentException(where + ".activityId: " + answer.activityId() + " екі рет берілген");
      }
      boolean due = !activity.getContent().deadline().isAfter(quarterEnd);
      if (answer.executed()) {
        requireText(answer.actualExecution(), where + ".actualExecution", TEXT_LIMIT,
            "іс-шараның нақты орындалуын жазыңыз (2-қосымша, 6-баған)");
      } else if (due) {
        requireText(answer.nonExecutionReason(), where + ".nonExecutionReason", TEXT_LIMIT,
            "мерзімі өткен іс-шара орындалмаған — себебін көрсетіңіз (§12)");
      }
      limit(answer.actualExecution(), where + ".actualExecution");
      limit(answer.nonExecutionReason(), where + ".nonExecutionReason");
    }
    List<String> missing = reported.keySet().stream().filter(id -> !byActivity.containsKey(id))
        .map(String::valueOf).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("executionInformation: іс-шаралар бойынша ақпарат жоқ: "
          + String.join(", ", missing));
    }
    limit(comment, "informationComment");
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
    requireText(recommendations, "recommendations", TEXT_LIMIT,
        "лауазымды тұлғаларға шаралар қабылдау жөніндегі ұсынымдарды жазыңыз (§16)");
    limit(proposedChanges, "proposedChanges");
    Map<Long, ActivityExecution> answers = executions.findByQuarterIdOrderByIdAsc(report.getId()).stream()
        .collect(Collectors.toMap(ActivityExecution::getActivityId, Function.identity()));
    for (int i = 0; i < rows.size(); i++) {
      String where = "monitoringReport[" + (i + 1) + "]";
      MonitoringAnswer row = rows.get(i);
      ActivityExecution answer = row.activityId() == null ? null : answers.get(row.activityId());
      if (answer == null) {
        throw new IllegalArgumentException(where + ".activityId: " + row.activityId()
            + " — бөлімшелер бұл іс-шара бойынша ақпарат бермеген");
      }
      limit(row.actualExecution(), where + ".actualExecution");
      limit(row.nonExecutionReason(), where + ".nonExecutionReason");
      limit(row.recommendation(), where + ".recommendation");
      answer.review(blankToNull(row.actualExecution()), blankToNull(row.nonExecutionReason()),
          blankToNull(row.recommendation()));
    }
    report.recordReport(recommendations.strip(), blankToNull(proposedChanges), by, clock.instant());
    log(plan, OperationalPlanProcess.TASK_PREPARE_REPORT, "Q" + quarter + "_REPORT",
        proposedChanges == null || proposedChanges.isBlank() ? "Өзгерістер ұсынылмады" : "Өзгерістер ұсынылды", by);
  }

  /** The report as the officials read it: done / not done counts and the report's own words. */
  @Transactional(readOnly = true)
  public String reportOverview(Long planId, int quarter) {
    OperationalPlan plan = require(planId);
    QuarterReport report = requireQuarter(plan, quarter);
    List<ActivityExecution> answers = executions.findByQuarterIdOrderByIdAsc(report.getId());
    long due = answers.stream().filter(ActivityExecution::isDueInPeriod).count();
    long dueDone = answers.stream().filter(a -> a.isDueInPeriod() && a.isExecuted()).count();
    long early = answers.stream().filter(a -> !a.isDueInPeriod() && a.isExecuted()).count();
    return "**" + plan.getPlanYear() + " жылғы " + quarter + "-тоқсан бойынша есеп** ("
        + plan.getNumber() + ", " + report.getPlanVersion() + "-редакция)  \n"
        + "**Мерзімі келген іс-шаралар:** " + due + ", орындалды " + dueDone + ", орындалмады " + (due - dueDone)
        + "  \n**Мерзімінен бұрын орындалды:** " + early + "  \n"
        + "**Ақпарат:** " + report.getInformationSubmittedAt() + (report.isInformationOverdue() ? " (кешікті)" : "")
        + "; **есеп:** " + report.getReportSubmittedAt() + (report.isReportOverdue() ? " (кешікті)" : "");
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
      throw new IllegalArgumentException("reportDecision: шешімді таңдаңыз");
    }
    requireText(measures, "measures", TEXT_LIMIT, "қабылданған шешімдер мен шараларды жазыңыз (§17)");
    limit(comment, "decisionComment");
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
      throw new IllegalArgumentException("changedOn: даму жоспарына өзгеріс енгізілген күн міндетті");
    }
    requireText(description, "description", 2000, "даму жоспарына енгізілген өзгерісті сипаттаңыз");
    if (!plan.isApproved() || plan.getStatus() == OperationalPlanStatus.CLOSED) {
      throw new ConflictException(plan.getNumber() + ": жоспар " + plan.getStatus().kazakhName().toLowerCase()
          + " — даму жоспарының өзгерісі бойынша түзету бекітілген, жабылмаған жоспарға ғана енгізіледі");
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
    return plans.findById(planId).orElseThrow(() -> new NotFoundException("Операциялық жоспар табылмады: " + planId));
  }

  @Transactional(readOnly = true)
  public OperationalPlan requireByNumber(String number) {
    return plans.findByNumber(number)
        .orElseThrow(() -> new NotFoundException("Операциялық жоспар табылмады: " + number));
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
        new NotFoundException(plan.getNumber() + ": " + quarter + "-тоқсан ашылмаған"));
  }

  static LocalDate quarterEnd(int year, int quarter) {
    return LocalDate.of(year, quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
  }

  /**
   * Annex 1: columns 2, 4–6 are required; a section I activity sits under a strategic direction and either a
   * macro-indicator or a goal's target indicator; section II has no hierarchy. The plan covers one year (§3).
   */
  private static ActivityContent checked(ActivityContent row, String where, int planYear) {
    if (row.section() == null) {
      throw new IllegalArgumentException(where + ".section: бөлімін таңдаңыз (I — даму жоспарының мақсаттары, "
          + "II — ережеде айқындалған өзге міндеттер)");
    }
    requireText(row.name(), where + ".name", 2000, "іс-шараның атауы міндетті");
    requireText(row.executor(), where + ".executor", 300, "жауапты орындаушы міндетті");
    requireText(row.completionForm(), where + ".completionForm", 500, "аяқталу нысаны міндетті");
    if (row.deadline() == null) {
      throw new IllegalArgumentException(where + ".deadline: орындалу мерзімі міндетті");
    }
    if (row.deadline().getYear() != planYear) {
      throw new IllegalArgumentException(where + ".deadline: " + row.deadline() + " — операциялық жоспар "
          + planYear + " жылға арналған (§3)");
    }
    if (row.budgetProgrammeCode() != null && row.budgetProgrammeCode().strip().length() > 50) {
      throw new IllegalArgumentException(where + ".budgetProgrammeCode: 50 таңбадан аспауы тиіс");
    }
    if (row.section() == PlanSection.OTHER_TASKS) {
      return new ActivityContent(row.section(), null, null, null, null, row.name().strip(),
          blankToNull(row.budgetProgrammeCode()), row.executor().strip(), row.deadline(),
          row.completionForm().strip());
    }
    String direction = blankToNull(row.strategicDirection());
    String macro = blankToNull(row.macroIndicator());
    String goal = blankToNull(row.goal());
    String target = blankToNull(row.targetIndicator());
    if (direction == null) {
      throw new IllegalArgumentException(where + ".strategicDirection: I бөлімнің іс-шарасы стратегиялық бағытқа "
          + "жатады (1-қосымша)");
    }
    if (macro == null && target == null) {
      throw new IllegalArgumentException(where + ".macroIndicator: іс-шара макроиндикаторға не мақсаттың нысаналы "
          + "индикаторына жатады (1-қосымша) — бірін көрсетіңіз");
    }
    if (macro != null && (goal != null || target != null)) {
      throw new IllegalArgumentException(where + ".macroIndicator: іс-шара не макроиндикаторға, не мақсаттың "
          + "нысаналы индикаторына жатады, екеуіне бірдей емес (1-қосымша)");
    }
    if (target != null && goal == null) {
      throw new IllegalArgumentException(where + ".goal: нысаналы индикатор мақсатқа жатады — мақсатты көрсетіңіз");
    }
    for (String[] field : new String[][] {{"strategicDirection", direction}, {"macroIndicator", macro},
        {"goal", goal}, {"targetIndicator", target}}) {
      if (field[1] != null && field[1].length() > 500) {
        throw new IllegalArgumentException(where + "." + field[0] + ": 500 таңбадан аспауы тиіс");
      }
    }
    return new ActivityContent(row.section(), direction, macro, goal, target, row.name().strip(),
        blankToNull(row.budgetProgrammeCode()), row.executor().strip(), row.deadline(), row.completionForm().strip());
  }

  private static void requireText(String value, String field, int limit, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": " + message);
    }
    if (value.strip().length() > limit) {
      throw new IllegalArgumentException(field + ": " + limit + " таңбадан аспауы тиіс");
    }
  }

  private static void limit(String value, String field) {
    if (value != null && value.strip().length() > TEXT_LIMIT) {
      throw new IllegalArgumentException(field + ": " + TEXT_LIMIT + " таңбадан аспауы тиіс");
    }
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
