package kz.jobalyq.project.delegate;

import kz.jobalyq.project.ProjectPlanningService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved plan becomes baseline version 1 (§76). */
@Component("recordBaselineDelegate")
public class RecordBaselineDelegate implements JavaDelegate {

  private final ProjectPlanningService planning;

  public RecordBaselineDelegate(ProjectPlanningService planning) {
    this.planning = planning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    planning.recordBaseline(ProjectVariables.projectId(execution));
  }
}
