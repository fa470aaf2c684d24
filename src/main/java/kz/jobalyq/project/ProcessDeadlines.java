package kz.jobalyq.project;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Moves a suspended project's open deadlines on by the time it was suspended. */
@Component
class ProcessDeadlines {

  private final ManagementService managementService;
  private final TaskService taskService;
  private final ProcessEngineConfigurationImpl engine;
  private final ProjectLifecycleRepository lifecycles;
  private final Clock clock;

  ProcessDeadlines(ManagementService managementService, TaskService taskService,
      ProcessEngineConfigurationImpl engine, ProjectLifecycleRepository lifecycles, Clock clock) {
    this.managementService = managementService;
    this.taskService = taskService;
    this.engine = engine;
    this.lifecycles = lifecycles;
    this.clock = clock;
  }

  /**
   * Credits the pause to the process's timers and tasks, in a transaction of its own committed before
   * the instance is activated: activation rewrites the same jobs and tasks in bulk. The pause is
   * marked credited in the same transaction, so a resumption that fails and is retried never moves
   * the deadlines twice.
   *
   * <p>The project's deadlines move whoever approved the resumption: the timers and tasks are found
   * and moved without the approver's authorisations (an approver who may not see the project's
   * other tasks would otherwise find none, move nothing and still mark the pause credited).
   */
  void creditPause(Long projectId, String processInstanceId) {
    engine.getCommandExecutorTxRequiresNew().execute(commandContext -> commandContext.runWithoutAuthorization(() -> {
      ProjectLifecycle lifecycle = lifecycles.findById(projectId).orElseThrow();
      Instant now = clock.instant();
      if (lifecycle.getSuspendedAt() != null && now.isAfter(lifecycle.getSuspendedAt())) {
        postpone(processInstanceId, Duration.between(lifecycle.getSuspendedAt(), now));
        lifecycle.pauseCreditedUntil(now);
        lifecycles.save(lifecycle);
      }
      return null;
    }));
  }

  private void postpone(String processInstanceId, Duration by) {
    for (Job timer : managementService.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
      managementService.setJobDuedate(timer.getId(), later(timer.getDuedate(), by));
    }
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
      if (task.getDueDate() != null || task.getFollowUpDate() != null) {
        task.setDueDate(later(task.getDueDate(), by));
        task.setFollowUpDate(later(task.getFollowUpDate(), by));
        taskService.saveTask(task);
      }
    }
  }

  private static Date later(Date date, Duration by) {
    return date == null ? null : Date.from(date.toInstant().plus(by));
  }
}
