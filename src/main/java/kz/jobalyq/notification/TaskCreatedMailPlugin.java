package kz.jobalyq.notification;

import java.util.ArrayList;
import java.util.List;
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
import org.springframework.stereotype.Component;

/**
 * Every user task of every process mails the people who must do it when it is created, without a
 * listener in each model: the engine adds one to each user task as it parses a BPMN file.
 */
@Component
public class TaskCreatedMailPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskMails> mails;

  /** {@link TaskMails} needs the engine's services, so it is looked up when the first task is created. */
  public TaskCreatedMailPlugin(ObjectProvider<TaskMails> mails) {
    this.mails = mails;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new UserTaskMailParseListener(
        task -> mails.getObject().sendAfterCommit(task.getId(), MailKind.TASK_CREATED)));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static final class UserTaskMailParseListener extends AbstractBpmnParseListener {

    private final TaskListener onCreate;

    UserTaskMailParseListener(TaskListener onCreate) {
      this.onCreate = onCreate;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        // Built in: runs before the model's own listeners and is not shown as part of the model.
        userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
      }
    }
  }
}
