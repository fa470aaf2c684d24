package kz.jobalyq.system.persistence;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** What the running engine command has inserted and not yet written to the database. */
public final class CommandEntities {

  private CommandEntities() {
  }

  /**
   * Whether the task was inserted by this command and not flushed (the engine marks it persistent once its insert
   * is executed): nothing in the database refers to it yet.
   */
  public static boolean isNewTask(String taskId) {
    CommandContext context = Context.getCommandContext();
    if (context == null || taskId == null) {
      return false;
    }
    DbEntityCache cache = context.getDbEntityManager().getDbEntityCache();
    TaskEntity task = cache.get(TaskEntity.class, taskId);
    return task != null && cache.isTransient(task);
  }
}
