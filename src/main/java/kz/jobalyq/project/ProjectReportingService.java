package kz.jobalyq.project;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
  private final Clock clock;

  public ProjectReportingService(ProjectService projects, WeeklyReportRepository reports,
      ProjectProblemRepository problems, ProjectDecisions decisions, Clock clock) {
    this.projects = projects;
    this.reports = reports;
    this.problems = problems;
    this.decisions = decisions;
    this.clock = clock;
  }

  /** The week's report is due: a row shows it as DUE until it is filed. */
  public WeeklyReport open(Long projectId, LocalDate weekStart, Instant dueAt) {
    return reports.findByProjectIdAndWeekStart(projectId, weekStart)
        .orElseGet(() -> reports.save(new WeeklyReport(projectId, weekStart, dueAt)));
  }

  /** The due date passed without a report: the project group head is told (the task stays open). */
  public void markOverdue(Long projectId, LocalDate weekStart) {
    reports.findByProjectIdAndWeekStart(projectId, weekStart).ifPresent(WeeklyReport::markOverdue);
  }

  /** Files the report; answers the problems it names, recorded for the escalation process. */
  public List<ProjectProblem> file(Long projectId, LocalDate weekStart, WeeklyReportInput input, String filedBy) {
    Inputs check = Inputs.check("The weekly status report")
        .require(input.deviations(), "deviations", "the deviations from the schedule (write \"жоқ\" if none)");
    int row = 0;
    for (WeeklyReportInput.Problem problem : input.problems()) {
      row++;
      check.require(problem.decisionLevel(), "escalationProblems[" + row + "].decisionLevel",
          "the level that must decide");
    }
    check.orRefuse();
    ProjectLifecycle project = projects.lifecycle(projectId);
    WeeklyReport report = reports.findByProjectIdAndWeekStart(projectId, weekStart)
        .orElseThrow(() -> new IllegalStateException("no report is due for the week of " + weekStart));
    Instant now = clock.instant();
    report.file(input, filedBy, now);
    List<ProjectProblem> raised = input.problems().stream()
        .map(problem -> problems.save(new ProjectProblem(projectId, report.getId(), problem, filedBy, now))).toList();
    decisions.record(project, ProjectLifecycleProcess.TASK_WEEKLY_REPORT, report.getStatus().name(),
        input.proposeClosure() ? "Жоспарлы аяқтау ұсынылды" : null, filedBy);
    return raised;
  }

  /** The escalation process took the problem up under {@code escalationNumber}. */
  public void markEscalated(Long problemId, String escalationNumber) {
    problems.findById(problemId).orElseThrow().escalated(escalationNumber);
  }

  /** The project group head records what was done about a missing report. */
  public void recordMissedReportHandled(Long projectId, LocalDate weekStart, String comment, String decidedBy) {
    Inputs.check("The note on the missing report").require(comment, "missedReportComment", "the measures taken")
        .orRefuse();
    decisions.record(projects.lifecycle(projectId), ProjectLifecycleProcess.TASK_REPORT_MISSED,
        "MISSED_REPORT_" + weekStart, comment, decidedBy);
  }

  @Transactional(readOnly = true)
  public List<WeeklyReport> reportsOf(Long projectId) {
    return reports.findByProjectIdOrderByWeekStartAsc(projectId);
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
