package kz.jobalyq.project;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's place in its life cycle: registration, phases and statuses. Other features call this
 * service (start a project from an initiative, ask whether a project accepts changes); the statuses
 * change only here, from the project's own process.
 */
@Service
@Transactional
public class ProjectService {

  private final ProjectLifecycleRepository lifecycles;
  private final OrganisationService organisation;
  private final RuntimeService runtimeService;
  private final ProcessDeadlines deadlines;
  private final Clock clock;

  public ProjectService(ProjectLifecycleRepository lifecycles, OrganisationService organisation,
      RuntimeService runtimeService, ProcessDeadlines deadlines, Clock clock) {
    this.lifecycles = lifecycles;
    this.organisation = organisation;
    this.runtimeService = runtimeService;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** Registers a proposal as a project with status INITIATIVE and its identification number (§62). */
  public ProjectSummary register(ProjectProposal proposal, String proposedBy) {
    Inputs.check()
        .require(proposal.name(), "projectName")
        .require(proposal.projectGroupCode(), "projectGroupCode")
        .require(proposal.initiatorName(), "initiatorName")
        .require(proposal.goal(), "proposalGoal")
        .notNegative(proposal.plannedCosts(), "plannedCosts")
        .when(proposal.projectGroupCode() != null && !proposal.projectGroupCode().isBlank()
                && !organisation.projectGroupExists(proposal.projectGroupCode().strip()), "projectGroupCode",
            "project.projectGroupCode.unknown", proposal.projectGroupCode())
        .orRefuse();
    ProjectSummary project = organisation.createProject(proposal.projectGroupCode().strip(), proposal.name(),
        proposal.regulated(), proposal.plannedCosts());
    lifecycles.save(new ProjectLifecycle(project.id(), proposal, proposedBy, clock.instant()));
    return project;
  }

  /** Registers the project and starts its life cycle, e.g. for an initiative given the status NEW_PROJECT. */
  public ProcessInstance startFromProposal(ProjectProposal proposal, String proposedBy) {
    return startLifecycle(register(proposal, proposedBy));
  }

  /** Starts the life cycle of a registered project, e.g. once its people are appointed. */
  public ProcessInstance startLifecycle(ProjectSummary project) {
    return runtimeService.startProcessInstanceByKey(ProjectLifecycleProcess.KEY, project.number(),
        Map.of(Vars.PROJECT_ID, project.id(), Vars.PROJECT_NUMBER, project.number()));
  }

  public void linkProcess(Long projectId, String processInstanceId) {
    lifecycle(projectId).linkProcess(processInstanceId);
  }

  public void enterPhase(Long projectId, ProjectPhase phase) {
    lifecycle(projectId).enter(phase);
  }

  /** Initiation ended with the decision to close (§58). */
  public void closeAtInitiation(Long projectId) {
    ProjectLifecycle project = lifecycle(projectId);
    project.changeStatus(ProjectStatus.CLOSED_AT_INITIATION);
    project.enter(ProjectPhase.COMPLETED);
  }

  /** Planning starts: the initiative becomes a project (§65). */
  public void startPlanning(Long projectId) {
    ProjectLifecycle project = lifecycle(projectId);
    requireStatus(project, ProjectStatus.INITIATIVE);
    project.changeStatus(ProjectStatus.PROJECT);
    project.enter(ProjectPhase.PLANNING);
  }

  /** The project is closed as planned or forcibly; its archive is sealed. */
  public void close(Long projectId) {
    ProjectLifecycle project = lifecycle(projectId);
    requireStatus(project, ProjectStatus.PROJECT);
    project.close(clock.instant());
  }

  /**
   * Suspends the project (§111): status SUSPENDED and its life-cycle process held, so none of its
   * timers fire and none of its tasks can be completed until it is resumed.
   */
  public void suspend(Long projectId) {
    ProjectLifecycle project = lifecycle(projectId);
    if (project.getStatus() != ProjectStatus.PROJECT && project.getStatus() != ProjectStatus.INITIATIVE) {
      throw new IllegalStateException("project " + projectId + " is " + project.getStatus() + " and cannot be suspended");
    }
    project.suspend(clock.instant());
    if (isRunning(project.getProcessInstanceId())) {
      runtimeService.suspendProcessInstanceById(project.getProcessInstanceId());
    }
  }

  /**
   * Resumes a suspended project where it was: its status comes back, its process runs again, and its
   * open deadlines move on by the time it was suspended.
   */
  public void resume(Long projectId) {
    ProjectLifecycle project = lifecycle(projectId);
    requireStatus(project, ProjectStatus.SUSPENDED);
    String processInstanceId = project.getProcessInstanceId();
    if (isRunning(processInstanceId)) {
      deadlines.creditPause(projectId, processInstanceId);
      runtimeService.activateProcessInstanceById(processInstanceId);
    }
    project.resume();
  }

  /** Terminates the project early, no resumption (§111): its life-cycle process ends with the reason. */
  public void terminate(Long projectId, String reason) {
    ProjectLifecycle project = lifecycle(projectId);
    if (project.getStatus() != ProjectStatus.PROJECT && project.getStatus() != ProjectStatus.INITIATIVE
        && project.getStatus() != ProjectStatus.SUSPENDED) {
      throw new IllegalStateException("project " + projectId + " is " + project.getStatus() + " and cannot be terminated");
    }
    project.terminate(clock.instant());
    if (isRunning(project.getProcessInstanceId())) {
      runtimeService.deleteProcessInstance(project.getProcessInstanceId(), reason);
    }
  }

  private boolean isRunning(String processInstanceId) {
    return processInstanceId != null
        && runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
  }

  @Transactional(readOnly = true)
  public boolean anyProject() {
    return lifecycles.count() > 0;
  }

  @Transactional(readOnly = true)
  public Optional<ProjectLifecycle> find(Long projectId) {
    return lifecycles.findById(projectId);
  }

  /** The status of every project in a life cycle, by project id: one light query for an overview. */
  @Transactional(readOnly = true)
  public Map<Long, ProjectStatus> statusesByProject() {
    Map<Long, ProjectStatus> statuses = new HashMap<>();
    for (Object[] row : lifecycles.findAllStatuses()) {
      statuses.put((Long) row[0], (ProjectStatus) row[1]);
    }
    return statuses;
  }

  @Transactional(readOnly = true)
  public ProjectStatus statusOf(Long projectId) {
    return lifecycle(projectId).getStatus();
  }

  ProjectLifecycle lifecycle(Long projectId) {
    return lifecycles.findById(projectId)
        .orElseThrow(() -> new NotFoundException(Messages.text("notFound.lifecycle", String.valueOf(projectId))));
  }

  static void requireStatus(ProjectLifecycle project, ProjectStatus expected) {
    if (project.getStatus() != expected) {
      throw new IllegalStateException("project " + project.getProjectId() + " is " + project.getStatus()
          + ", not " + expected);
    }
  }
}
