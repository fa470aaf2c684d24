package kz.jobalyq.project.delegate;

import static kz.jobalyq.system.process.ProcessVariables.decimal;
import static kz.jobalyq.system.process.ProcessVariables.text;

import java.util.List;
import kz.jobalyq.project.ProjectClosureService;
import kz.jobalyq.system.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Stores the portfolio curator's evaluation report (seed 001 §49). */
@Component("recordEvaluationListener")
public class RecordEvaluationListener implements TaskListener {

  private static final List<String> FIELDS = List.of("finalResult", "budgetAbsorptionPercent", "evaluationLessons",
      "evaluationConclusion");

  private final ProjectClosureService closure;

  public RecordEvaluationListener(ProjectClosureService closure) {
    this.closure = closure;
  }

  @Override
  public void notify(DelegateTask task) {
    closure.recordEvaluation(ProjectVariables.projectId(task), text(task, "finalResult"),
        decimal(task, "budgetAbsorptionPercent"), text(task, "evaluationLessons"), text(task, "evaluationConclusion"),
        CurrentUser.completing(task));
    task.getExecution().removeVariables(FIELDS);
  }
}
