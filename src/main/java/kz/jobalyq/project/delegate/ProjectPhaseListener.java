package kz.jobalyq.project.delegate;

import java.util.Map;
import kz.jobalyq.project.ProjectLifecycleProcess;
import kz.jobalyq.project.ProjectPhase;
import kz.jobalyq.project.ProjectService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps the project's phase in our tables where the process is: set when a phase's element starts. */
@Component("projectPhaseListener")
public class ProjectPhaseListener implements ExecutionListener {

  private static final Map<String, ProjectPhase> PHASES = Map.of(
      ProjectLifecycleProcess.SUBPROCESS_INITIATION, ProjectPhase.INITIATION,
      ProjectLifecycleProcess.SUBPROCESS_PLANNING, ProjectPhase.PLANNING,
      ProjectLifecycleProcess.SUBPROCESS_EXECUTION, ProjectPhase.EXECUTION,
      ProjectLifecycleProcess.TASK_PREPARE_FINAL_REPORT, ProjectPhase.CLOSURE,
      ProjectLifecycleProcess.TASK_PREPARE_FORCED_CLOSURE_REPORT, ProjectPhase.CLOSURE,
      ProjectLifecycleProcess.TASK_EVALUATION_REPORT, ProjectPhase.EVALUATION);

  private final ProjectService projects;

  public ProjectPhaseListener(ProjectService projects) {
    this.projects = projects;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ProjectPhase phase = PHASES.get(execution.getCurrentActivityId());
    if (phase == null) {
      throw new IllegalStateException("projectPhaseListener is not meant for " + execution.getCurrentActivityId());
    }
    projects.enterPhase(ProjectVariables.projectId(execution), phase);
  }
}
