package kz.jobalyq.notification;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import kz.jobalyq.system.process.EngineLists;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Mail as engine work, without a listener in any model:
 * <ul>
 *   <li>every user task of every process queues its "new task" mail when created (whose job then sets the task's
 *       deadline timer) and gets a new deadline timer when its due date changes: built-in task listeners added
 *       as the engine parses each BPMN file;
 *   <li>the job handlers that deliver mail and fire deadline timers;
 *   <li>mail jobs retry on their own cycle ({@code jobalyq.mail.retry-cycle}): an SMTP outage of hours delays
 *       mail instead of turning it into incidents;
 *   <li>the system definition {@link MailDeliveryProcess} the mail jobs belong to, deployed at start-up.
 * </ul>
 */
@Component
public class MailEnginePlugin extends AbstractProcessEnginePlugin {

  private final Supplier<MailOutbox> outbox;
  private final Supplier<DeadlineWatch> deadlines;
  private final Supplier<MailDelivery> delivery;
  private final MailJobs jobs;
  private final MailSettings settings;

  /**
   * The services need the engine, so they are looked up when the first task or job needs them, and kept (a
   * provider resolves its bean anew at every call).
   */
  public MailEnginePlugin(ObjectProvider<MailOutbox> outbox, ObjectProvider<DeadlineWatch> deadlines,
      ObjectProvider<MailDelivery> delivery, MailJobs jobs, MailSettings settings) {
    this.outbox = SingletonSupplier.of(outbox::getObject);
    this.deadlines = SingletonSupplier.of(deadlines::getObject);
    this.delivery = SingletonSupplier.of(delivery::getObject);
    this.jobs = jobs;
    this.settings = settings;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = EngineLists.copyOf(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new UserTaskMailParseListener(this::taskCreated, this::taskUpdated));
    configuration.setCustomPostBPMNParseListeners(listeners);

    List<JobHandler> handlers = EngineLists.copyOf(configuration.getCustomJobHandlers());
    handlers.add(new MailJobHandler(MailJobs.SEND, raw -> delivery.get().deliver(Long.parseLong(raw))));
    handlers.add(new MailJobHandler(MailJobs.DEADLINE,
        raw -> deadlines.get().fire(DeadlineWatch.Config.parse(raw))));
    configuration.setCustomJobHandlers(handlers);

    configuration.setFailedJobCommandFactory(new MailRetryCommandFactory(settings.retryCycle()));
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    // A new version only when the file changed; jobs waiting on an older version keep it.
    engine.getRepositoryService().createDeployment()
        .name(MailDeliveryProcess.DEPLOYMENT_NAME)
        .addClasspathResource(MailDeliveryProcess.RESOURCE)
        .enableDuplicateFiltering(false)
        .deploy();
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(MailDeliveryProcess.KEY).latestVersion().singleResult();
    jobs.use(new MailJobs.Definition(definition.getDeploymentId(), definition.getId(),
        jobDefinition(engine, definition, MailDeliveryProcess.TASK_SEND_MAIL),
        jobDefinition(engine, definition, MailDeliveryProcess.TIMER_DEADLINE)));
  }

  private static String jobDefinition(ProcessEngine engine, ProcessDefinition definition, String activityId) {
    JobDefinition found = engine.getManagementService().createJobDefinitionQuery()
        .processDefinitionId(definition.getId()).activityIdIn(activityId).singleResult();
    return found == null ? null : found.getId();
  }

  private void taskCreated(DelegateTask task) {
    // Only the mail event on the request; its job finds the readers and sets the deadline timer.
    outbox.get().enqueue(task.getId(), MailKind.TASK_CREATED);
  }

  private void taskUpdated(DelegateTask task) {
    if (task instanceof TaskEntity entity && entity.getPropertyChanges().containsKey(TaskEntity.DUE_DATE)) {
      deadlines.get().watchWhenCommandEnds(task);
    }
  }

  static final class UserTaskMailParseListener extends AbstractBpmnParseListener {

    private final TaskListener onCreate;
    private final TaskListener onUpdate;

    UserTaskMailParseListener(Consumer<DelegateTask> onCreate, Consumer<DelegateTask> onUpdate) {
      this.onCreate = onCreate::accept;
      this.onUpdate = onUpdate::accept;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        // Built in: runs before the model's own listeners and is not shown as part of the model.
        userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
        userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, onUpdate);
      }
    }
  }
}
