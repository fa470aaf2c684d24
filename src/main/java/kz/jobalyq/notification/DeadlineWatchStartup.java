package kz.jobalyq.notification;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Once per database: tasks opened before deadlines became engine timers (the old 15-minute scan) get their
 * deadline timer, so no reminder is lost in the upgrade. Marked done in the engine's own properties table.
 */
@Component
@Order(-10)
public class DeadlineWatchStartup implements ApplicationRunner {

  static final String DONE = "jobalyq.deadline-timers";
  private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatchStartup.class);
  private static final int PAGE = 500;

  private final ManagementService managementService;
  private final TaskService taskService;
  private final ProcessEngineConfigurationImpl engine;
  private final DeadlineWatch deadlines;
  private final MailOutbox outbox;

  public DeadlineWatchStartup(ManagementService managementService, TaskService taskService,
      ProcessEngineConfigurationImpl engine, DeadlineWatch deadlines, MailOutbox outbox) {
    this.managementService = managementService;
    this.taskService = taskService;
    this.engine = engine;
    this.deadlines = deadlines;
    this.outbox = outbox;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!outbox.isEnabled() || managementService.getProperties().containsKey(DONE)) {
      return;
    }
    int watched = 0;
    for (int first = 0; ; first += PAGE) {
      List<Task> page = taskService.createTaskQuery().dueAfter(new Date(0)).orderByTaskId().asc()
          .listPage(first, PAGE);
      engine.getCommandExecutorTxRequired().execute(commandContext -> {
        for (Task task : page) {
          TaskEntity entity = commandContext.getTaskManager().findTaskById(task.getId());
          if (entity != null) {
            deadlines.watch(entity);
          }
        }
        return null;
      });
      watched += page.size();
      if (page.size() < PAGE) {
        break;
      }
    }
    managementService.setProperty(DONE, "true");
    if (watched > 0) {
      LOG.info("Deadline timers set for {} open task(s) from before deadline timers", watched);
    }
  }
}
