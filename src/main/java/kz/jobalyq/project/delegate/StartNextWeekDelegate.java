package kz.jobalyq.project.delegate;

import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The next reporting week: every week gets its report, even when the last one was filed late. */
@Component("startNextWeekDelegate")
public class StartNextWeekDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Vars.WEEK_START, ProjectVariables.weekStart(execution).plusWeeks(1).toString());
  }
}
