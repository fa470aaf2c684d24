package kz.jobalyq.project;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.process.EngineAsSystem;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Execution and monitoring: the weekly status reports (§96–§97) and the problems they raise (§99–§100). */
@Service
@Transactional
public class ProjectReportingService {

  private final ProjectService projects;
  private final WeeklyReportRepository reports;
  private final ProjectProblemRepository problems;
  private final ProjectDecisions decisions;
  private final TaskService taskService;
  private final EngineAsSystem engine;
  private final Clock clock;

  public ProjectReportingService(ProjectService projects, WeeklyReportRepository reports,
      ProjectProblemRepository problems, ProjectDecisions decisions, TaskService taskService, EngineAsSystem engine,
      Clock clock) {
    this.projects = projects;
    this.reports = reports;
    this.problems = problems;
    this.decisions = decisions;
    this.taskService = taskService;
    this.engine = engine;
    this.clock = clock;
  }

  /** The week's report is due: a row shows it as due (by its task's due date) until it is filed. */
  public WeeklyReport open(Long projectId, LocalDate weekStart) {
    return reports.findByProjectIdAndWeekStart(projectId, weekStart)
        .orElseGet(() -> reports.save(new WeeklyReport(projectId, weekStart)));
  }

  /** The due date passed without a report: the project group head is told (the task stays open). */
  public void markOverdue(Long projectId, LocalDate weekStart) {
    reports.findByProjectIdAndWeekStart(projectId, weekStart).ifPresent(WeeklyReport::markOverdue);
  }

  /**
   * Files the report, on time or late against {@code dueAt} — the report task's due date now, after any
   * calendar edit or suspension moved it; answers the problems it names, recorded for the escalation process.
   */
  public List<ProjectProblem> file(Long projectId, LocalDate weekStart, WeeklyReportInput input, String filedBy,
      Instant dueAt) {
    Inputs check = Inputs.check()
        .when(input.deviations() == null || input.deviations().isBlank(), "deviations",
            "project.weeklyReport.deviations.required");
    int row = 0;
    for (WeeklyReportInput.Problem problem : input.problems()) {
      row++;
      check.requireInRow(problem.decisionLevel(), "escalationProblems", row, "decisionLevel");
    }
    check.orRefuse();
    ProjectLifecycle project = projects.lifecycle(projectId);
    WeeklyReport report = reports.findByProjectIdAndWeekStart(projectId, weekStart)
        .orElseThrow(() -> new IllegalStateException("no report is due for the week of " + weekStart));
    Instant now = clock.instant();
    report.file(input, filedBy, now, dueAt);
    List<ProjectProblem> raised = input.problems().stream()
        .map(problem -> problems.save(new ProjectProblem(projectId, report.getId(), problem, filedBy, now))).toList();
    if (input.proposeClosure()) {
      decisions.record(project, ProjectLifecycleProcess.TASK_WEEKLY_REPORT, report.getStatus().name(),
          Phrase.of("project.decision.closureProposed"), filedBy);
    } else {
      decisions.record(project, ProjectLifecycleProcess.TASK_WEEKLY_REPORT, report.getStatus().name(), (String) null,
          filedBy);
    }
    return raised;
  }

  /** The escalation process took the problem up under {@code escalationNumber}. */
  public void markEscalated(Long problemId, String escalationNumber) {
    problems.findById(problemId).orElseThrow().escalated(escalationNumber);
  }

  /** The project group head records what was done about a missing report. */
  public void recordMissedReportHandled(Long projectId, LocalDate weekStart, String comment, String decidedBy) {
    Inputs.check().require(comment, "missedReportComment").orRefuse();
    decisions.record(projects.lifecycle(projectId), ProjectLifecycleProcess.TASK_REPORT_MISSED,
        "MISSED_REPORT_" + weekStart, comment, decidedBy);
  }

  @Transactional(readOnly = true)
  public List<WeeklyReport> reportsOf(Long projectId) {
    return reports.findByProjectIdOrderByWeekStartAsc(projectId);
  }

  /**
   * The weekly reports as they stand: a filed report with the deadline it was judged against; an open one
   * with its task's due date now (moved by calendar edits and suspensions) and due or overdue against it.
   */
  @Transactional(readOnly = true)
  public List<ReportState> reportStates(Long projectId, String processInstanceId) {
    Map<LocalDate, Instant> openDue = new HashMap<>();
    if (processInstanceId != null) {
      engine.run(() -> taskService.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(ProjectLifecycleProcess.TASK_WEEKLY_REPORT).list().forEach(task -> {
            Object week = taskService.getVariable(task.getId(), ProjectLifecycleProcess.Vars.WEEK_START);
            if (week != null && task.getDueDate() != null) {
              openDue.put(LocalDate.parse(week.toString()), task.getDueDate().toInstant());
            }
          }));
    }
    Instant now = clock.instant();
    return reports.findByProjectIdOrderByWeekStartAsc(projectId).stream().map(report -> {
      if (report.getFiledAt() != null) {
        return new ReportState(report.getWeekStart(), report.getDueAt(), report.getStatus(), report.getFiledAt(),
            report.getFiledBy());
      }
      Instant due = openDue.get(report.getWeekStart());
      WeeklyReportStatus status = due != null && now.isAfter(due) ? WeeklyReportStatus.OVERDUE
          : due != null ? WeeklyReportStatus.DUE : report.getStatus();
      return new ReportState(report.getWeekStart(), due, status, null, null);
    }).toList();
  }

  /** A weekly report as the life-cycle view shows it. */
  public record ReportState(LocalDate weekStart, Instant dueAt, WeeklyReportStatus status, Instant filedAt,
      String filedBy) {
  }

  @Transactional(readOnly = true)
  public List<ProjectProblem> problemsOf(Long projectId) {
    return problems.findByProjectIdOrderByIdAsc(projectId);
  }

  /** Problems named in weekly reports that no escalation has taken up yet. */
  @Transactional(readOnly = true)
  public List<ProjectProblem> problemsAwaitingEscalation() {
    return problems.findByStatusOrderByIdAsc(ProblemStatus.RECORDED);
  }
}
