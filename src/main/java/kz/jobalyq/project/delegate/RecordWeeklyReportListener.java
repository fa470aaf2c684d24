package kz.jobalyq.project.delegate;

import static kz.jobalyq.system.process.ProcessVariables.flag;
import static kz.jobalyq.system.process.ProcessVariables.rows;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.jobalyq.project.DecisionLevel;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.project.ProjectReportingService;
import kz.jobalyq.project.WeeklyReportInput;
import kz.jobalyq.system.process.CurrentUser;
import kz.jobalyq.system.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Files the weekly status report (§96–§97); the process learns only whether closure is proposed. */
@Component("recordWeeklyReportListener")
public class RecordWeeklyReportListener implements TaskListener {

  static final String PROBLEMS = "escalationProblems";
  private static final List<String> FIELDS = List.of("deviations", "correctiveActions", PROBLEMS,
      "controlEventsReached", "forecast", "newRisks");

  private final ProjectReportingService reporting;

  public RecordWeeklyReportListener(ProjectReportingService reporting) {
    this.reporting = reporting;
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
    reporting.file(ProjectVariables.projectId(task), ProjectVariables.weekStart(task),
        new WeeklyReportInput(text(task, "deviations"), text(task, "correctiveActions"), problems,
            text(task, "controlEventsReached"), text(task, "forecast"), text(task, "newRisks"), proposeClosure),
        CurrentUser.completing(task));
    task.getExecution().setVariable(Vars.PROPOSE_CLOSURE, proposeClosure);
    task.getExecution().removeVariables(FIELDS);
  }
}
