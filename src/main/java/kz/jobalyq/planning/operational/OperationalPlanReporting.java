package kz.jobalyq.planning.operational;

import static kz.jobalyq.planning.operational.OperationalPlanForms.REASON_PART_LIMIT;
import static kz.jobalyq.planning.operational.OperationalPlanForms.TEXT_LIMIT;
import static kz.jobalyq.planning.operational.OperationalPlanForms.annexRow;
import static kz.jobalyq.planning.operational.OperationalPlanForms.blankToNull;
import static kz.jobalyq.planning.operational.OperationalPlanForms.label;
import static kz.jobalyq.planning.operational.OperationalPlanForms.limit;
import static kz.jobalyq.planning.operational.OperationalPlanForms.requireText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.planning.operational.OperationalPlanForms.Row;
import kz.jobalyq.system.TextLimits;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.process.PhraseVariables;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operational plan's quarterly reporting (004 §11–§18): each quarter's period and due dates from the schedule
 * table, the units' information, the monitoring report, the officials' decision on it, the overdue marks and the
 * quarter's closing — the only place a quarter's state changes. The plan itself is {@link OperationalPlanService}'s.
 */
@Service
@Transactional
public class OperationalPlanReporting {

  private final OperationalPlanService plans;
  private final QuarterReportRepository quarters;
  private final ActivityExecutionRepository executions;
  private final CalendarService calendar;
  private final DecisionLog decisionLog;
  private final DecisionService decisions;
  private final Clock clock;

  public OperationalPlanReporting(OperationalPlanService plans, QuarterReportRepository quarters,
      ActivityExecutionRepository executions, CalendarService calendar, DecisionLog decisionLog,
      DecisionService decisions, Clock clock) {
    this.plans = plans;
    this.quarters = quarters;
    this.executions = executions;
    this.calendar = calendar;
    this.decisionLog = decisionLog;
    this.decisions = decisions;
    this.clock = clock;
  }

  /**
   * Opens a quarter's reporting period as the schedule table sets it (§13, §15): the units' information and the
   * monitoring report are due on fixed days of the month after the quarter, moved off days off (§8).
   */
  public ReportingSchedule openQuarter(Long planId, int quarter) {
    OperationalPlan plan = plans.require(planId);
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
    OperationalPlan plan = plans.require(planId);
    QuarterReport report = requireQuarter(plan, quarter);
    if (!plan.isApproved()) {
      throw new IllegalStateException(plan.getNumber() + " has no approved edition to report on");
    }
    report.openInformation(plan.getApprovedVersion());
    Map<Long, ActivityExecution> previous = previousAnswers(plan, quarter);
    LocalDate quarterEnd = quarterEnd(plan.getPlanYear(), quarter);
    List<Map<String, Object>> rows = new ArrayList<>();
    int position = 1;
    for (PlanActivity activity : plans.edition(plan, report.getPlanVersion())) {
      Map<String, Object> row = annexRow(position++, activity);
      boolean due = !activity.getContent().deadline().isAfter(quarterEnd);
      row.put(AnnexWords.DUE, due);
      ActivityExecution before = previous.get(activity.getId());
      row.put("executed", before != null && before.isExecuted());
      row.put("actualExecution", before == null ? "" : nullToEmpty(before.getActualExecution()));
      row.put("nonExecutionReason", before == null || before.isExecuted() ? ""
          : nullToEmpty(before.getNonExecutionReason()));
      rows.add(AnnexWords.write(row, UserLanguage.KK));
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
    OperationalPlan plan = plans.require(planId);
    QuarterReport report = requireQuarter(plan, quarter);
    LocalDate quarterEnd = quarterEnd(plan.getPlanYear(), quarter);
    Map<Long, PlanActivity> reported = plans.edition(plan, report.getPlanVersion()).stream()
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
        comment == null || comment.isBlank()
            ? Phrase.of("operational.decision.information", done, byActivity.size())
            : Phrase.of("operational.decision.informationWithComment", done, byActivity.size(),
                TextLimits.cut(comment.strip(), TEXT_LIMIT)),
        by);
  }

  /** The Annex 2 rows the monitoring unit completes: the units' answers with room for its recommendations. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> monitoringRows(Long planId, int quarter) {
    OperationalPlan plan = plans.require(planId);
    QuarterReport report = requireQuarter(plan, quarter);
    return annexTwoRows(plan, report);
  }

  private List<Map<String, Object>> annexTwoRows(OperationalPlan plan, QuarterReport report) {
    Map<Long, ActivityExecution> answers = executions.findByQuarterIdOrderByIdAsc(report.getId()).stream()
        .collect(Collectors.toMap(ActivityExecution::getActivityId, Function.identity()));
    List<Map<String, Object>> rows = new ArrayList<>();
    int position = 1;
    for (PlanActivity activity : plans.edition(plan, report.getPlanVersion())) {
      Map<String, Object> row = annexRow(position++, activity);
      ActivityExecution answer = answers.get(activity.getId());
      row.put(AnnexWords.EXECUTION, answer == null ? "" : (answer.isExecuted() ? AnnexWords.Execution.EXECUTED
          : answer.isDueInPeriod() ? AnnexWords.Execution.NOT_EXECUTED : AnnexWords.Execution.NOT_DUE).name());
      row.put("actualExecution", answer == null ? "" : nullToEmpty(answer.getActualExecution()));
      row.put("nonExecutionReason", answer == null ? "" : nullToEmpty(answer.getNonExecutionReason()));
      row.put("recommendation", answer == null ? "" : nullToEmpty(answer.getRecommendation()));
      rows.add(AnnexWords.write(row, UserLanguage.KK));
    }
    return rows;
  }

  /**
   * The monitoring unit's report (§15–§16, Annex 2): the course of implementation, recommendations to the officials
   * on measures, and proposals to change the plan.
   */
  public void recordMonitoringReport(Long planId, int quarter, List<MonitoringAnswer> rows, String recommendations,
      String proposedChanges, String by) {
    OperationalPlan plan = plans.require(planId);
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
        Phrase.of(proposedChanges == null || proposedChanges.isBlank() ? "operational.decision.noChangesProposed"
            : "operational.decision.changesProposed"), by);
  }

  /** The report as the officials read it, in the reader's language: done / not done counts and when it came. */
  @Transactional(readOnly = true)
  public String reportOverview(Long planId, int quarter, Locale language) {
    OperationalPlan plan = plans.require(planId);
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
    OperationalPlan plan = plans.require(planId);
    return annexTwoRows(plan, requireQuarter(plan, quarter));
  }

  /**
   * The officials' decision on the report (§17): the measures they take, and whether the plan must be corrected
   * (§18). A correction opens a new draft for the planning unit.
   */
  public void recordReportDecision(Long planId, int quarter, ReportDecision decision, String measures,
      String comment, String by) {
    OperationalPlan plan = plans.require(planId);
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

  /**
   * What the planning unit reads on the correction form: the officials' measures and the report's proposals, each cut
   * so that the phrase and its Kazakh text fit a process variable.
   */
  @Transactional(readOnly = true)
  public Map<String, Object> correctionReasonVariables(Long planId, int quarter) {
    return PhraseVariables.of(OperationalPlanProcess.Vars.CORRECTION_REASON,
        correctionReasonAfterReport(planId, quarter));
  }

  Phrase correctionReasonAfterReport(Long planId, int quarter) {
    QuarterReport report = requireQuarter(plans.require(planId), quarter);
    String measures = TextLimits.cut(report.getMeasures(), REASON_PART_LIMIT);
    return report.getProposedChanges() == null
        ? Phrase.of("operational.correction.reason.afterReport", quarter, measures)
        : Phrase.of("operational.correction.reason.afterReportWithProposals", quarter, measures,
            TextLimits.cut(report.getProposedChanges(), REASON_PART_LIMIT));
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
    OperationalPlan plan = plans.require(planId);
    QuarterReport report = requireQuarter(plan, quarter);
    report.markInformationOverdue();
    log(plan, OperationalPlanProcess.BOUNDARY_INFORMATION_OVERDUE, "Q" + quarter + "_INFORMATION_OVERDUE",
        Phrase.of("operational.decision.informationOverdue", informationDueOn(report)), null);
  }

  public void markReportOverdue(Long planId, int quarter) {
    OperationalPlan plan = plans.require(planId);
    QuarterReport report = requireQuarter(plan, quarter);
    report.markReportOverdue();
    log(plan, OperationalPlanProcess.BOUNDARY_REPORT_OVERDUE, "Q" + quarter + "_REPORT_OVERDUE",
        Phrase.of("operational.decision.reportOverdue", reportDueOn(report)), null);
  }

  public void closeQuarter(Long planId, int quarter) {
    requireQuarter(plans.require(planId), quarter).close(clock.instant());
  }

  // --- reading ---

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

  // --- helpers ---

  private QuarterReport requireQuarter(OperationalPlan plan, int quarter) {
    return quarters.findByPlanIdAndQuarter(plan.getId(), quarter).orElseThrow(() ->
        new NotFoundException(Messages.text("operational.quarter.notOpened", plan.getNumber(),
            String.valueOf(quarter))));
  }

  static LocalDate quarterEnd(int year, int quarter) {
    return LocalDate.of(year, quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private void log(OperationalPlan plan, String step, String outcome, String comment, String by) {
    decisionLog.record(OperationalPlanService.logEntry(plan, step, outcome, comment, by));
  }

  private void log(OperationalPlan plan, String step, String outcome, Phrase comment, String by) {
    decisionLog.record(OperationalPlanService.logEntry(plan, step, outcome, comment, by));
  }
}
