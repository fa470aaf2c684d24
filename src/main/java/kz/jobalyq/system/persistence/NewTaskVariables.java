package kz.jobalyq.system.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kz.jobalyq.system.process.EngineSessions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.springframework.stereotype.Component;

/**
 * A task inserted by the running command is not in the database yet, so neither is any variable of it: the engine
 * asked all the same, the first time anything read a new task's variables (routing and titles do at every task's
 * creation, the notices when they store their Russian texts). Here the answer is the empty list it would get,
 * without the statement, as the engine itself already does for a new execution. A task already written (flushed)
 * is asked as before.
 */
@Component
public class NewTaskVariables extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineSessions.replaceManager(configuration, VariableInstanceManager.class, Manager::new);
  }

  /** The engine's variable manager, which knows that a task inserted by this command has no variables yet. */
  static final class Manager extends VariableInstanceManager {

    @Override
    public List<VariableInstanceEntity> findVariableInstancesByTaskId(String taskId) {
      return CommandEntities.isNewTask(taskId) ? new ArrayList<>() : super.findVariableInstancesByTaskId(taskId);
    }

    @Override
    public List<VariableInstanceEntity> findVariableInstancesByTaskIdAndVariableNames(String taskId,
        Collection<String> variableNames) {
      return CommandEntities.isNewTask(taskId) ? new ArrayList<>()
          : super.findVariableInstancesByTaskIdAndVariableNames(taskId, variableNames);
    }

  }
}
