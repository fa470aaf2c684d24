package kz.jobalyq.project.delegate;

import static kz.jobalyq.system.process.ProcessVariables.flag;
import static kz.jobalyq.system.process.ProcessVariables.rows;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.jobalyq.escalation.EscalationService;
import kz.jobalyq.project.DecisionLevel;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.project.ProjectProblem;
import kz.jobalyq.project.ProjectReportingService;
import kz.jobalyq.project.WeeklyReportInput;
import kz.jobalyq.system.process.CurrentUser;
import kz.jobalyq.system.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Files the weekly status report (§96–§97) and starts the escalation of each problem it names; the
 * process learns only whether closure is proposed.
 */
@Component("recordWeeklyReportListener")
public class RecordWeeklyReportListener implements TaskListener {

  static final String PROBLEMS = "escalationProblems";
  private static final List<String> FIELDS = List.of("deviations", "correctiveActions", PROBLEMS,
      "controlEventsReached", "forecast", "newRisks");

  private final ProjectReportingService reporting;
  private final EscalationService escalation;

  public RecordWeeklyReportListener(ProjectReportingService reporting, EscalationService escalation) {
    this.reporting = reporting;
    this.escalation = escalation;
  }

  @Override
  public void notify(DelegateTask task) {
    List<WeeklyReportInput.Problem> problems = new ArrayList<>();
    int row = 0;
    for (Map<String, Object> problem : rows(task, PROBLEMS)) {
      String where = PROBLEMS + "[" + ++row + "]";
      String description = ProcessVariables.text(problem, "problemDescription");
      if (description != null) {
        problems.add(new WeeklyReportInput.Problem(description,
            ProcessVariables.enumValue(problem, "decisionLevel", DecisionLevel.class, where),
            ProcessVariables.date(problem, "dateAtRisk", where)));
      }
    }
    boolean proposeClosure = flag(task, Vars.PROPOSE_CLOSURE);
    String filedBy = CurrentUser.completing(task);
    List<ProjectProblem> raised = reporting.file(ProjectVariables.projectId(task), ProjectVariables.weekStart(task),
        new WeeklyReportInput(text(task, "deviations"), text(task, "correctiveActions"), problems,
            text(task, "controlEventsReached"), text(task, "forecast"), text(task, "newRisks"), proposeClosure),
        filedBy, task.getDueDate() == null ? null : task.getDueDate().toInstant());
    // Each problem needing escalation starts its escalation at once (§96.3, §99).
    String projectNumber = text(task, Vars.PROJECT_NUMBER);
    for (ProjectProblem problem : raised) {
      reporting.markEscalated(problem.getId(), escalation.raiseFromWeeklyReport(projectNumber,
          problem.getDescription(), problem.getDecisionLevel() == null ? null : problem.getDecisionLevel().number(),
          problem.getDateAtRisk(), filedBy));
    }
    task.getExecution().setVariable(Vars.PROPOSE_CLOSURE, proposeClosure);
    task.getExecution().removeVariables(FIELDS);
  }
}
