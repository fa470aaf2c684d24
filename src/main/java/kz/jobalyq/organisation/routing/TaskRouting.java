package kz.jobalyq.organisation.routing;

import java.util.List;
import java.util.function.Supplier;
import kz.jobalyq.system.process.EngineLists;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Every user task reaches the people who hold its role for its record, without a listener in each model:
 * the models keep naming roles as candidate groups (and tables keep choosing them), and at creation the
 * role holders of the task's record become its candidate users. Record-scoped groups grant nothing by
 * themselves ({@link RecordAuthorizationProvider}), so another project's lead neither sees nor claims it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TaskRouting extends AbstractProcessEnginePlugin {

  private final Supplier<TaskRouter> router;

  /**
   * The router reads our tables, so it is looked up when the first task is created, and kept: the provider
   * resolves the bean anew at every call (0.4 % of the benchmark's request CPU with the mail plugin's).
   */
  public TaskRouting(ObjectProvider<TaskRouter> router) {
    this.router = SingletonSupplier.of(router::getObject);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new RecordAuthorizationProvider());
    TaskListener route = task -> router.get().route(task);
    List<BpmnParseListener> listeners = EngineLists.copyOf(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          // Built in and parsed first: the holders are candidates before mail or any model listener looks.
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, route);
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }
}
