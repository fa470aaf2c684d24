package kz.jobalyq.planning.operational.delegate;

import static kz.jobalyq.system.process.ProcessVariables.choice;
import static kz.jobalyq.system.process.ProcessVariables.date;
import static kz.jobalyq.system.process.ProcessVariables.integer;
import static kz.jobalyq.system.process.ProcessVariables.rows;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.notification.Notice;
import kz.jobalyq.notification.NotificationService;
import kz.jobalyq.planning.operational.ActivityContent;
import kz.jobalyq.planning.operational.ActivityRow;
import kz.jobalyq.planning.operational.ExecutionAnswer;
import kz.jobalyq.planning.operational.MonitoringAnswer;
import kz.jobalyq.planning.operational.OperationalPlan;
import kz.jobalyq.planning.operational.OperationalPlanProcess.Vars;
import kz.jobalyq.planning.operational.OperationalPlanReporting;
import kz.jobalyq.planning.operational.OperationalPlanService;
import kz.jobalyq.planning.operational.OperationalPlanSheets;
import kz.jobalyq.planning.operational.PlanRegistration;
import kz.jobalyq.planning.operational.PlanSection;
import kz.jobalyq.planning.operational.QuarterReport;
import kz.jobalyq.planning.operational.ReportDecision;
import kz.jobalyq.planning.operational.ReportingSchedule;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.process.CurrentUser;
import kz.jobalyq.system.process.JsonRows;
import kz.jobalyq.system.process.ProcessVariables;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the operational-plan process (seed 004): each maps form fields to the plan service (a quarter's
 * steps to the reporting service) and puts back only ids, dates and flags. Form fields are local to their task
 * (input mappings in the BPMN), so the four quarters, which run side by side, never see each other's answers.
 */
@Configuration
public class OperationalPlanSteps {

  private static final List<String> START_FIELDS = List.of(Vars.DEVELOPMENT_PLAN_NAME, Vars.DEVELOPMENT_PLAN_NUMBER);

  // --- registration and preparation (§2–§6) ---

  /** Registers the start form as OPL-YYYY-NNNN, the business key from here on; the approval deadline is set. */
  @Bean
  JavaDelegate registerOperationalPlanDelegate(OperationalPlanService plans) {
    return execution -> {
      PlanRegistration registration = new PlanRegistration(text(execution, Vars.STATE_BODY_NAME),
          text(execution, Vars.DEVELOPMENT_PLAN_NAME), text(execution, Vars.DEVELOPMENT_PLAN_NUMBER),
          date(execution, Vars.SIGNED_ON), integer(execution, Vars.PLAN_YEAR));
      OperationalPlan plan = plans.register(registration, CurrentUser.of(execution.getProcessEngineServices()),
          execution.getProcessInstanceId());
      execution.setProcessBusinessKey(plan.getNumber());
      execution.setVariable(Vars.PLAN_ID, plan.getId());
      execution.setVariable(Vars.PLAN_NUMBER, plan.getNumber());
      execution.setVariable(Vars.PLAN_YEAR, plan.getPlanYear());
      execution.setVariable(Vars.STATE_BODY_NAME, plan.getStateBodyName());
      execution.setVariable(Vars.SIGNED_ON, plan.getDevelopmentPlanSignedOn().toString());
      execution.removeVariables(START_FIELDS);
    };
  }

  @Bean
  TaskListener recordProposalsListener(OperationalPlanService plans) {
    return task -> {
      List<ActivityContent> proposals = new ArrayList<>();
      List<Map<String, Object>> rows = rows(task, Vars.PROPOSALS);
      for (int i = 0; i < rows.size(); i++) {
        proposals.add(content(rows.get(i), Vars.PROPOSALS + "[" + (i + 1) + "]"));
      }
      plans.submitProposals(planId(task), proposals, text(task, Vars.PROPOSALS_COMMENT), CurrentUser.completing(task));
    };
  }

  /** The assembly and correction forms open with the draft as it stands (or the units' proposals at first). */
  @Bean
  TaskListener prefillPlanActivitiesListener(OperationalPlanSheets sheets) {
    return task -> task.getExecution().setVariable(Vars.ACTIVITIES, json(sheets.editableRows(planId(task))));
  }

  @Bean
  TaskListener recordPlanDraftListener(OperationalPlanService plans) {
    return task -> {
      List<ActivityRow> draft = new ArrayList<>();
      List<Map<String, Object>> rows = rows(task, Vars.ACTIVITIES);
      for (int i = 0; i < rows.size(); i++) {
        String where = Vars.ACTIVITIES + "[" + (i + 1) + "]";
        draft.add(new ActivityRow(id(rows.get(i), Vars.ACTIVITIES, i + 1), content(rows.get(i), where)));
      }
      plans.submitDraft(planId(task), draft, task.getTaskDefinitionKey(), CurrentUser.completing(task));
    };
  }

  @Bean
  TaskListener prefillPlanApprovalListener(OperationalPlanSheets sheets) {
    return task -> task.getExecution().setVariable(Vars.PLAN_ACTIVITIES, json(sheets.approvalRows(planId(task))));
  }

  /** Approve or return, for the first approval and for every correction; the flag lands in the approving scope. */
  @Bean
  TaskListener recordPlanApprovalListener(OperationalPlanService plans) {
    return task -> {
      boolean approved = choice(task, Vars.PLAN_DECISION, "approve", "return");
      String comment = text(task, Vars.PLAN_DECISION_COMMENT);
      plans.recordApproval(planId(task), approved, comment, task.getTaskDefinitionKey(),
          CurrentUser.completing(task));
      task.getExecution().setVariable(Vars.PLAN_APPROVED, approved);
      task.getExecution().setVariable(Vars.APPROVAL_COMMENT, approved ? null : comment);
    };
  }

  /** The working day before the approval deadline: whoever holds the plan now is reminded. */
  @Bean
  JavaDelegate remindPlanApprovalDelegate(OperationalPlanService plans, NotificationService notifications) {
    return execution -> {
      OperationalPlan plan = plans.require(planId(execution));
      for (Role role : plans.holdersOfPreparation(plan.getId())) {
        notifications.notifyGroup(role.groupId(), Notice.of("operational.notice.approvalDueSoon.subject",
            "operational.notice.approvalDueSoon.message", plan.getNumber(), plans.approvalDueOn(plan),
            statusOf(plan)));
      }
    };
  }

  /** The 10 calendar days passed: recorded on the plan and escalated to the chief of staff; the work stays open. */
  @Bean
  JavaDelegate escalatePlanApprovalDelegate(OperationalPlanService plans, NotificationService notifications) {
    return execution -> {
      OperationalPlan plan = plans.markApprovalOverdue(planId(execution));
      notifications.notifyGroup(Role.CHIEF_OF_STAFF.groupId(), Notice.of("operational.notice.approvalOverdue.subject",
          "operational.notice.approvalOverdue.message", plan.getNumber(), plan.getStateBodyName(),
          plan.getPlanYear(), plan.getDevelopmentPlanSignedOn(), plans.approvalDueOn(plan), statusOf(plan)));
    };
  }

  // --- quarters (§11–§18) ---

  /** The quarter's dates from the schedule table, into this quarter's own scope. */
  @Bean
  JavaDelegate openOperationalPlanQuarterDelegate(OperationalPlanReporting reporting, CalendarService calendar) {
    return execution -> {
      ReportingSchedule schedule = reporting.openQuarter(planId(execution), quarter(execution));
      ZoneId zone = calendar.zone();
      execution.setVariable(Vars.REPORTING_YEAR, schedule.reportingYear());
      execution.setVariable(Vars.REPORTING_MONTH, schedule.reportingMonth());
      execution.setVariable(Vars.INFORMATION_DAY, schedule.informationDay());
      execution.setVariable(Vars.REPORT_DAY, schedule.reportDay());
      execution.setVariable(Vars.REPORTING_STARTS_AT, Date.from(schedule.startsOn().atStartOfDay(zone).toInstant()));
    };
  }

  @Bean
  TaskListener prefillQuarterInformationListener(OperationalPlanReporting reporting) {
    return task -> task.getExecution().setVariable(Vars.EXECUTION_INFORMATION,
        json(reporting.openInformation(planId(task), quarter(task))));
  }

  @Bean
  TaskListener recordQuarterInformationListener(OperationalPlanReporting reporting) {
    return task -> {
      List<ExecutionAnswer> answers = new ArrayList<>();
      List<Map<String, Object>> rows = rows(task, Vars.EXECUTION_INFORMATION);
      for (int i = 0; i < rows.size(); i++) {
        Map<String, Object> row = rows.get(i);
        answers.add(new ExecutionAnswer(id(row, Vars.EXECUTION_INFORMATION, i + 1),
            Boolean.TRUE.equals(row.get("executed")), ProcessVariables.text(row, "actualExecution"),
            ProcessVariables.text(row, "nonExecutionReason")));
      }
      reporting.recordInformation(planId(task), quarter(task), answers, text(task, Vars.INFORMATION_COMMENT),
          CurrentUser.completing(task));
    };
  }

  @Bean
  JavaDelegate remindQuarterInformationDelegate(OperationalPlanService plans, OperationalPlanReporting reporting,
      NotificationService notifications) {
    return execution -> {
      QuarterReport report = quarterReport(plans, reporting, execution);
      notifications.notifyGroup(Role.STRUCTURAL_UNIT.groupId(), Notice.of(
          "operational.notice.informationDueSoon.subject", "operational.notice.informationDueSoon.message",
          number(execution), quarter(execution), reporting.informationDueOn(report)));
    };
  }

  @Bean
  JavaDelegate reportQuarterInformationOverdueDelegate(OperationalPlanService plans,
      OperationalPlanReporting reporting, NotificationService notifications) {
    return execution -> {
      reporting.markInformationOverdue(planId(execution), quarter(execution));
      QuarterReport report = quarterReport(plans, reporting, execution);
      Notice notice = Notice.of("operational.notice.informationOverdue.subject",
          "operational.notice.informationOverdue.message", number(execution), quarter(execution),
          reporting.informationDueOn(report), reporting.reportDueOn(report));
      notifications.notifyGroup(Role.STRUCTURAL_UNIT.groupId(), notice);
      notifications.notifyGroup(Role.MONITORING_UNIT.groupId(), notice);
    };
  }

  @Bean
  TaskListener prefillMonitoringReportListener(OperationalPlanReporting reporting) {
    return task -> task.getExecution().setVariable(Vars.MONITORING_REPORT,
        json(reporting.monitoringRows(planId(task), quarter(task))));
  }

  @Bean
  TaskListener recordMonitoringReportListener(OperationalPlanReporting reporting) {
    return task -> {
      List<MonitoringAnswer> answers = new ArrayList<>();
      List<Map<String, Object>> rows = rows(task, Vars.MONITORING_REPORT);
      for (int i = 0; i < rows.size(); i++) {
        Map<String, Object> row = rows.get(i);
        answers.add(new MonitoringAnswer(id(row, Vars.MONITORING_REPORT, i + 1),
            ProcessVariables.text(row, "actualExecution"), ProcessVariables.text(row, "nonExecutionReason"),
            ProcessVariables.text(row, "recommendation")));
      }
      reporting.recordMonitoringReport(planId(task), quarter(task), answers, text(task, Vars.RECOMMENDATIONS),
          text(task, Vars.PROPOSED_CHANGES), CurrentUser.completing(task));
    };
  }

  @Bean
  JavaDelegate remindMonitoringReportDelegate(OperationalPlanService plans, OperationalPlanReporting reporting,
      NotificationService notifications) {
    return execution -> notifications.notifyGroup(Role.MONITORING_UNIT.groupId(), Notice.of(
        "operational.notice.reportDueSoon.subject", "operational.notice.reportDueSoon.message", number(execution),
        quarter(execution), reporting.reportDueOn(quarterReport(plans, reporting, execution))));
  }

  @Bean
  JavaDelegate reportMonitoringReportOverdueDelegate(OperationalPlanService plans,
      OperationalPlanReporting reporting, NotificationService notifications) {
    return execution -> {
      reporting.markReportOverdue(planId(execution), quarter(execution));
      Notice notice = Notice.of("operational.notice.reportOverdue.subject", "operational.notice.reportOverdue.message",
          number(execution), quarter(execution), reporting.reportDueOn(quarterReport(plans, reporting, execution)));
      notifications.notifyGroup(Role.MONITORING_UNIT.groupId(), notice);
      notifications.notifyGroup(Role.CHIEF_OF_STAFF.groupId(), notice);
    };
  }

  @Bean
  TaskListener prefillReportDecisionListener(OperationalPlanService plans, OperationalPlanReporting reporting) {
    return task -> {
      Long planId = planId(task);
      int quarter = quarter(task);
      QuarterReport report = reporting.quarterOf(plans.require(planId), quarter).orElseThrow();
      task.getExecution().setVariable(Vars.REPORT_ROWS, json(reporting.reportRows(planId, quarter)));
      task.getExecution().setVariable(Vars.RECOMMENDATIONS, report.getRecommendations());
      task.getExecution().setVariable(Vars.PROPOSED_CHANGES, report.getProposedChanges());
    };
  }

  /** The officials' decision (§17); a correction (§18) sends the plan back to the planning unit. */
  @Bean
  TaskListener recordReportDecisionListener(OperationalPlanReporting reporting) {
    return task -> {
      boolean correct = choice(task, Vars.REPORT_DECISION, "correct", "accept");
      Long planId = planId(task);
      int quarter = quarter(task);
      reporting.recordReportDecision(planId, quarter, correct ? ReportDecision.CORRECTION : ReportDecision.ACCEPTED,
          text(task, Vars.MEASURES), text(task, Vars.DECISION_COMMENT), CurrentUser.completing(task));
      task.getExecution().setVariable(Vars.CORRECTION_REQUESTED, correct);
      if (correct) {
        task.getExecution().setVariables(reporting.correctionReasonVariables(planId, quarter));
      }
    };
  }

  @Bean
  JavaDelegate closeOperationalPlanQuarterDelegate(OperationalPlanReporting reporting) {
    return execution -> reporting.closeQuarter(planId(execution), quarter(execution));
  }

  @Bean
  JavaDelegate closeOperationalPlanDelegate(OperationalPlanService plans) {
    return execution -> plans.close(planId(execution));
  }

  // --- helpers ---

  private static ActivityContent content(Map<String, Object> row, String where) {
    return new ActivityContent(ProcessVariables.enumValue(row, "section", PlanSection.class, where),
        ProcessVariables.text(row, "strategicDirection"), ProcessVariables.text(row, "macroIndicator"),
        ProcessVariables.text(row, "goal"), ProcessVariables.text(row, "targetIndicator"),
        ProcessVariables.text(row, "name"), ProcessVariables.text(row, "budgetProgrammeCode"),
        ProcessVariables.text(row, "executor"), ProcessVariables.date(row, "deadline", where),
        ProcessVariables.text(row, "completionForm"));
  }

  /** The row code (activityId) of the list's row {@code number}, counted from 1; empty in a new row. */
  private static Long id(Map<String, Object> row, String list, int number) {
    String where = list + "[" + number + "]";
    BigDecimal value = ProcessVariables.decimal(row, "activityId", where);
    if (value == null) {
      return null;
    }
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      throw BadInput.of(where + ".activityId", "operational.row.activityId.notAnId", String.valueOf(number),
          value.toPlainString());
    }
  }

  private static Object json(List<Map<String, Object>> rows) {
    return SpinValues.jsonValue(JsonRows.write(rows)).create();
  }


  /** The plan's stage in each reader's language. */
  private static Notice.Wording statusOf(OperationalPlan plan) {
    return Notice.term("operational.status." + plan.getStatus().name());
  }

  private static QuarterReport quarterReport(OperationalPlanService plans, OperationalPlanReporting reporting,
      DelegateExecution execution) {
    return reporting.quarterOf(plans.require(planId(execution)), quarter(execution)).orElseThrow();
  }

  private static Long planId(VariableScope scope) {
    return ((Number) scope.getVariable(Vars.PLAN_ID)).longValue();
  }

  private static int quarter(VariableScope scope) {
    return ((Number) scope.getVariable(Vars.QUARTER)).intValue();
  }

  private static String number(DelegateExecution execution) {
    return String.valueOf(execution.getVariable(Vars.PLAN_NUMBER));
  }
}
