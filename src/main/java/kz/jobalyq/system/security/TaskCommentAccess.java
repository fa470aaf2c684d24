package kz.jobalyq.system.security;

import java.lang.reflect.Field;
import java.util.List;
import java.util.function.Consumer;
import kz.jobalyq.system.process.EngineLists;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda lets anyone signed in read and add comments on any task by its id. Here a task's comments (and its
 * events) are for those who may work on the task — its assignee and candidates ({@code TASK_WORK}) and those
 * with {@code UPDATE} on it, such as the project office — and those who may read it; only they may add one.
 * A process instance's comments need the instance's READ, and UPDATE to add one.
 */
@Component
public class TaskCommentAccess extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> result = EngineLists.copyOf(interceptors);
    result.add(new Check());
    return result;
  }

  static final class Check extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof AddCommentCmd) {
        String taskId = field(command, "taskId");
        if (taskId != null) {
          onTask(taskId, CommandChecker::checkTaskWork, false);
        } else {
          onProcessInstance(field(command, "processInstanceId"), true);
        }
      } else if (command instanceof GetTaskCommentsCmd || command instanceof GetTaskCommentCmd
          || command instanceof GetTaskEventsCmd) {
        onTask(field(command, "taskId"), TaskCommentAccess::checkReadOrWork, true);
      } else if (command instanceof GetProcessInstanceCommentsCmd) {
        onProcessInstance(field(command, "processInstanceId"), false);
      }
      return next.execute(command);
    }
  }

  private static void checkReadOrWork(CommandChecker checker, TaskEntity task) {
    try {
      checker.checkReadTask(task);
    } catch (AuthorizationException cannotRead) {
      checker.checkTaskWork(task);
    }
  }

  private static void onTask(String taskId, java.util.function.BiConsumer<CommandChecker, TaskEntity> check,
      boolean read) {
    CommandContext context = Context.getCommandContext();
    if (taskId == null || !checked(context)) {
      return;
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      // A finished task's comments are history: for administrators (Camunda answers an unknown id itself).
      if (read && !isAdmin(context)) {
        throw new AuthorizationException("The comments of task " + taskId + " are not available to "
            + context.getAuthenticatedUserId());
      }
      return;
    }
    forEachChecker(context, checker -> check.accept(checker, task));
  }

  private static void onProcessInstance(String processInstanceId, boolean update) {
    CommandContext context = Context.getCommandContext();
    if (processInstanceId == null || !checked(context)) {
      return;
    }
    ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
    if (instance == null) {
      if (!isAdmin(context)) {
        throw new AuthorizationException("The comments of process instance " + processInstanceId
            + " are not available to " + context.getAuthenticatedUserId());
      }
      return;
    }
    forEachChecker(context, checker -> {
      if (update) {
        checker.checkUpdateProcessInstance(instance);
      } else {
        checker.checkReadProcessInstance(instance);
      }
    });
  }

  private static boolean checked(CommandContext context) {
    return context != null && context.isAuthorizationCheckEnabled() && context.getAuthenticatedUserId() != null;
  }

  private static boolean isAdmin(CommandContext context) {
    return context.getAuthorizationManager().isCamundaAdmin(context.getAuthentication());
  }

  private static void forEachChecker(CommandContext context, Consumer<CommandChecker> check) {
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      check.accept(checker);
    }
  }

  /** The command's own field: Camunda's comment commands keep their ids in protected fields. */
  private static String field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (String) field.get(command);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + name + " of " + type.getName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name
        + ": check TaskCommentAccess after a Camunda upgrade");
  }
}
