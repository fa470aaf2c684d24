package kz.jobalyq.system.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kz.jobalyq.system.process.EngineLists;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
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
    List<SessionFactory> factories = EngineLists.copyOf(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return VariableInstanceManager.class;
      }

      @Override
      public Session openSession() {
        return new Manager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's variable manager, which knows that a task inserted by this command has no variables yet. */
  static final class Manager extends VariableInstanceManager {

    @Override
    public List<VariableInstanceEntity> findVariableInstancesByTaskId(String taskId) {
      return isNew(taskId) ? new ArrayList<>() : super.findVariableInstancesByTaskId(taskId);
    }

    @Override
    public List<VariableInstanceEntity> findVariableInstancesByTaskIdAndVariableNames(String taskId,
        Collection<String> variableNames) {
      return isNew(taskId) ? new ArrayList<>()
          : super.findVariableInstancesByTaskIdAndVariableNames(taskId, variableNames);
    }

    /** Inserted by this command and not flushed: the engine marks it persistent once its insert is executed. */
    private static boolean isNew(String taskId) {
      CommandContext context = Context.getCommandContext();
      if (context == null || taskId == null) {
        return false;
      }
      DbEntityCache cache = context.getDbEntityManager().getDbEntityCache();
      TaskEntity task = cache.get(TaskEntity.class, taskId);
      return task != null && cache.isTransient(task);
    }
  }
}
