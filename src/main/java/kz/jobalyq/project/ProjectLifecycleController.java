package kz.jobalyq.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.jobalyq.escalation.EscalationService;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.RecordAccess;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionRecord;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A project's life cycle as our tables hold it: status, phase, documents and the audit trail of decisions. */
@RestController
public class ProjectLifecycleController {

  private final RecordAccess access;
  private final OrganisationService organisation;
  private final ProjectService projects;
  private final ProjectPlanningService planning;
  private final ProjectReportingService reporting;
  private final ProjectClosureService closure;
  private final DecisionLog decisionLog;
  private final EscalationService escalation;

  public ProjectLifecycleController(OrganisationService organisation, ProjectService projects,
      ProjectPlanningService planning, ProjectReportingService reporting, ProjectClosureService closure,
      DecisionLog decisionLog, EscalationService escalation, RecordAccess access) {
    this.access = access;
    this.organisation = organisation;
    this.projects = projects;
    this.planning = planning;
    this.reporting = reporting;
    this.closure = closure;
    this.decisionLog = decisionLog;
    this.escalation = escalation;
  }

  @GetMapping("/api/projects/{number}/lifecycle")
  public LifecycleView lifecycle(@PathVariable String number) {
    ProjectSummary project = access.requireProjectReader(number);
    ProjectLifecycle lifecycle = projects.find(project.id())
        .orElseThrow(() -> new NotFoundException(Messages.text("notFound.lifecycle", number)));
    Long id = project.id();
    return new LifecycleView(project.number(), project.name(), project.regulated(), lifecycle.getStatus(),
        lifecycle.getPhase(), lifecycle.getScale(), lifecycle.getProcessInstanceId(),
        planning.latestCharter(id).map(CharterView::of).orElse(null),
        planning.baselineHistory(id).stream().map(BaselineView::of).toList(),
        planning.schedule(id).stream().map(TaskView::of).toList(),
        reporting.reportStates(id, lifecycle.getProcessInstanceId()).stream().map(ReportView::of).toList(),
        problems(id),
        closure.finalReportsOf(id).stream().map(report -> new FinalReportView(report.getClosureType(),
            report.getClosureRound(), report.getSubmittedAt())).toList(),
        lifecycle.getClosedAt(),
        decisionLog.historyOf(ProjectLifecycleProcess.RECORD_TYPE, id).stream().map(DecisionView::of).toList());
  }

  /**
   * Every problem of the project (§96.3, §99–§100): those raised on the form or taken up from a weekly
   * report, as the escalation holds them, and those a weekly report named that no escalation took up yet.
   */
  private List<ProblemView> problems(Long projectId) {
    List<ProblemView> all = new java.util.ArrayList<>(escalation.problemsOf(projectId).stream()
        .map(problem -> new ProblemView(problem.getNumber(), problem.getDescription(), problem.getSource().name(),
            problem.getStatus().name(), problem.getCurrentLevel(), null, problem.getDateAtRisk(),
            problem.getRaisedBy(), problem.getRaisedAt()))
        .toList());
    reporting.problemsOf(projectId).stream().filter(problem -> problem.getEscalationNumber() == null)
        .map(problem -> new ProblemView(null, problem.getDescription(), "WEEKLY_REPORT", problem.getStatus().name(),
            null, problem.getDecisionLevel(), problem.getDateAtRisk(), null, null))
        .forEach(all::add);
    return all;
  }

  public record LifecycleView(String number, String name, boolean regulated, ProjectStatus status,
      ProjectPhase phase, ProjectScale scale, String processInstanceId, CharterView charter,
      List<BaselineView> baselines, List<TaskView> schedule, List<ReportView> weeklyReports,
      List<ProblemView> problems, List<FinalReportView> finalReports, Instant closedAt, List<DecisionView> decisions) {
  }

  public record CharterView(int version, String projectName, LocalDate plannedStart, LocalDate plannedEnd,
      PriorityLevel priorityLevel, ProjectScale scale, String goal, List<ProjectCharter.TargetIndicator> indicators,
      String successCriteria, BigDecimal budget) {

    static CharterView of(ProjectCharter charter) {
      return new CharterView(charter.getVersion(), charter.getProjectName(), charter.getPlannedStart(),
          charter.getPlannedEnd(), charter.getPriorityLevel(), charter.getScale(), charter.getGoal(),
          charter.getIndicators(), charter.getSuccessCriteria(), charter.getBudget());
    }
  }

  public record BaselineView(int version, LocalDate plannedEnd, BigDecimal budget, String scope,
      String qualityTargets, String approvedBy, Instant approvedAt, String changeRequestNumber) {

    static BaselineView of(ProjectBaseline baseline) {
      return new BaselineView(baseline.getVersion(), baseline.getPlannedEnd(), baseline.getBudget(),
          baseline.getScope(), baseline.getQualityTargets(), baseline.getApprovedBy(), baseline.getApprovedAt(),
          baseline.getChangeRequestNumber());
    }
  }

  public record TaskView(String wbsCode, String name, LocalDate start, LocalDate end, boolean controlPoint,
      String changeRequestNumber) {

    static TaskView of(ScheduleTask task) {
      return new TaskView(task.getWbsCode(), task.getName(), task.getStartDate(), task.getEndDate(),
          task.isControlPoint(), task.getChangeRequestNumber());
    }
  }

  public record ReportView(LocalDate weekStart, Instant dueAt, WeeklyReportStatus status, Instant filedAt,
      String filedBy) {

    static ReportView of(ProjectReportingService.ReportState report) {
      return new ReportView(report.weekStart(), report.dueAt(), report.status(), report.filedAt(), report.filedBy());
    }
  }

  /** A problem of the project: its number once registered, where it came from, and where it stands. */
  public record ProblemView(String number, String description, String source, String status, Integer level,
      DecisionLevel decisionLevel, LocalDate dateAtRisk, String raisedBy, Instant raisedAt) {
  }

  public record FinalReportView(ClosureType closureType, int round, Instant submittedAt) {
  }

  public record DecisionView(String step, String outcome, String comment, String decidedBy, Instant decidedAt) {

    static DecisionView of(DecisionRecord decision) {
      return new DecisionView(decision.getStep(), decision.getOutcome(), decision.getComment(),
          decision.getDecidedBy(), decision.getDecidedAt());
    }
  }
}
