package kz.jobalyq.planning.operational;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kz.jobalyq.system.decision.DecisionRecord;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operational plans as our tables hold them (any signed-in user): the plan with its activities in the Annex 1
 * structure, every quarter's information and report in the Annex 2 columns, and the audit trail; and the
 * planning unit's notice that the development plan changed (§18).
 */
@RestController
@RequestMapping("/api/operational-plans")
public class OperationalPlanController {

  private final OperationalPlanService plans;
  private final OperationalPlanReporting reporting;

  public OperationalPlanController(OperationalPlanService plans, OperationalPlanReporting reporting) {
    this.plans = plans;
    this.reporting = reporting;
  }

  @GetMapping
  public List<PlanSummary> list() {
    return plans.all().stream().map(this::summary).toList();
  }

  @GetMapping("/{number}")
  public PlanView plan(@PathVariable String number) {
    OperationalPlan plan = plans.requireByNumber(number);
    Map<Long, PlanActivity> history = plans.activityHistoryOf(plan);
    return new PlanView(summary(plan), plan.getDevelopmentPlanName(), plan.getDevelopmentPlanNumber(),
        plan.getDevelopmentPlanSignedOn(), plan.isApprovalOverdue(), plan.getFirstApprovedOn(), plan.getApprovedBy(),
        plan.getApprovedAt(), plan.getApprovedVersion(), plan.getDraftVersion(), plan.getProcessInstanceId(),
        ActivityView.numbered(plans.approvedActivities(plan)), ActivityView.numbered(plans.draftActivities(plan)),
        plans.proposalsOf(plan).stream().map(ProposalView::of).toList(),
        reporting.quartersOf(plan).stream().map(report -> QuarterView.of(report, reporting.informationDueOn(report),
            reporting.reportDueOn(report), reporting.executionsOf(report), history)).toList(),
        plans.decisionsOf(plan).stream().map(DecisionView::of).toList());
  }

  /** The development plan was changed: the operational plan goes to correction (§18). */
  @PostMapping("/{number}/development-plan-changes")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @PreAuthorize("hasAnyAuthority('planning-unit', 'chief-of-staff', 'state-body-head', 'camunda-admin')")
  public PlanSummary developmentPlanChanged(@PathVariable String number, @RequestBody DevelopmentPlanChange change,
      Principal user) {
    plans.developmentPlanChanged(number, change.changedOn(), change.description(), user.getName());
    return summary(plans.requireByNumber(number));
  }

  private PlanSummary summary(OperationalPlan plan) {
    return new PlanSummary(plan.getNumber(), plan.getStateBodyName(), plan.getPlanYear(), plan.getStatus(),
        plan.getStatus().displayName(), plans.approvalDueOn(plan));
  }

  public record DevelopmentPlanChange(LocalDate changedOn, String description) {
  }

  public record PlanSummary(String number, String stateBodyName, int planYear, OperationalPlanStatus status,
      String statusName, LocalDate approvalDueOn) {
  }

  public record PlanView(PlanSummary plan, String developmentPlanName, String developmentPlanNumber,
      LocalDate developmentPlanSignedOn, boolean approvalOverdue, LocalDate firstApprovedOn, String approvedBy,
      Instant approvedAt, Integer approvedVersion, int draftVersion, String processInstanceId,
      List<ActivityView> activities, List<ActivityView> draftActivities, List<ProposalView> proposals,
      List<QuarterView> quarters, List<DecisionView> decisions) {
  }

  /** An Annex 1 row: columns 1–6 and its place in the hierarchy. */
  public record ActivityView(int position, Long id, PlanSection section, String strategicDirection,
      String macroIndicator, String goal, String targetIndicator, String name, String budgetProgrammeCode,
      String executor, LocalDate deadline, String completionForm, int versionFrom, Long replacesActivityId) {

    static List<ActivityView> numbered(List<PlanActivity> activities) {
      return IntStream.range(0, activities.size())
          .mapToObj(i -> of(i + 1, activities.get(i))).toList();
    }

    static ActivityView of(int position, PlanActivity activity) {
      ActivityContent c = activity.getContent();
      return new ActivityView(position, activity.getId(), c.section(), c.strategicDirection(), c.macroIndicator(),
          c.goal(), c.targetIndicator(), c.name(), c.budgetProgrammeCode(), c.executor(), c.deadline(),
          c.completionForm(), activity.getVersionFrom(), activity.getReplacesActivityId());
    }
  }

  public record ProposalView(PlanSection section, String strategicDirection, String macroIndicator, String goal,
      String targetIndicator, String name, String budgetProgrammeCode, String executor, LocalDate deadline,
      String completionForm, String submittedBy, Instant submittedAt) {

    static ProposalView of(ActivityProposal proposal) {
      ActivityContent c = proposal.getContent();
      return new ProposalView(c.section(), c.strategicDirection(), c.macroIndicator(), c.goal(), c.targetIndicator(),
          c.name(), c.budgetProgrammeCode(), c.executor(), c.deadline(), c.completionForm(),
          proposal.getSubmittedBy(), proposal.getSubmittedAt());
    }
  }

  public record QuarterView(int quarter, QuarterStatus status, Integer planVersion, LocalDate periodStartsOn,
      LocalDate informationDueOn, boolean informationOverdue, String informationSubmittedBy,
      Instant informationSubmittedAt, LocalDate reportDueOn, boolean reportOverdue, String reportSubmittedBy,
      Instant reportSubmittedAt, String recommendations, String proposedChanges, ReportDecision decision,
      String measures, String decidedBy, Instant decidedAt, List<ExecutionView> rows) {

    static QuarterView of(QuarterReport report, LocalDate informationDueOn, LocalDate reportDueOn,
        List<ActivityExecution> executions, Map<Long, PlanActivity> history) {
      return new QuarterView(report.getQuarter(), report.getStatus(), report.getPlanVersion(),
          report.getPeriodStartsOn(), informationDueOn, report.isInformationOverdue(),
          report.getInformationSubmittedBy(), report.getInformationSubmittedAt(), reportDueOn,
          report.isReportOverdue(), report.getReportSubmittedBy(), report.getReportSubmittedAt(),
          report.getRecommendations(), report.getProposedChanges(), report.getDecision(), report.getMeasures(),
          report.getDecidedBy(), report.getDecidedAt(),
          executions.stream().map(execution -> ExecutionView.of(execution, history.get(execution.getActivityId())))
              .toList());
    }
  }

  /** An Annex 2 row: the activity (columns 2–5) and its execution, reasons and recommendation (columns 6–8). */
  public record ExecutionView(Long activityId, String name, String executor, LocalDate deadline,
      String completionForm, boolean dueInPeriod, boolean executed, String actualExecution,
      String nonExecutionReason, String recommendation) {

    static ExecutionView of(ActivityExecution execution, PlanActivity activity) {
      ActivityContent c = activity.getContent();
      return new ExecutionView(execution.getActivityId(), c.name(), c.executor(), c.deadline(), c.completionForm(),
          execution.isDueInPeriod(), execution.isExecuted(), execution.getActualExecution(),
          execution.getNonExecutionReason(), execution.getRecommendation());
    }
  }

  public record DecisionView(String step, String outcome, String comment, String decidedBy, Instant decidedAt) {

    static DecisionView of(DecisionRecord record) {
      return new DecisionView(record.getStep(), record.getOutcome(), record.getComment(), record.getDecidedBy(),
          record.getDecidedAt());
    }
  }
}
