package kz.jobalyq.project.delegate;

import java.time.LocalDate;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The project's id and reporting week as the project-lifecycle process carries them. */
final class ProjectVariables {

  /** The week a "report missed" task is about, kept on that task's own path of the process. */
  static final String OVERDUE_WEEK = "overdueWeek";

  private ProjectVariables() {
  }

  static Long projectId(VariableScope scope) {
    Object id = scope.getVariable(Vars.PROJECT_ID);
    if (id == null) {
      throw new IllegalStateException("the process carries no " + Vars.PROJECT_ID);
    }
    return ((Number) id).longValue();
  }

  static LocalDate weekStart(VariableScope scope) {
    return LocalDate.parse(scope.getVariable(Vars.WEEK_START).toString());
  }

  static LocalDate overdueWeek(VariableScope scope) {
    return LocalDate.parse(scope.getVariable(OVERDUE_WEEK).toString());
  }
}
