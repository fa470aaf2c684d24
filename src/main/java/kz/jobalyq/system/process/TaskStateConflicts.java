package kz.jobalyq.system.process;

import jakarta.ws.rs.core.Response.Status;
import java.lang.reflect.Field;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Completing a task that cannot be completed is the client's conflict, not a server error: the engine
 * REST API (and so Tasklist) answered 500 for a task of a suspended project and for a task someone
 * already completed. Here the first answers 409, the second 409 as well (it existed and is done), and
 * a task that never existed 404 — each with a message saying which (ErrorResponses puts it in the user's
 * language).
 */
@Component
public class TaskStateConflicts extends AbstractProcessEnginePlugin {

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    List<CommandInterceptor> interceptors = EngineLists.copyOf(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new Translate());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private final class Translate extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof CompleteTaskCmd) && !(command instanceof SubmitTaskFormCmd)) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (SuspendedEntityInteractionException e) {
        throw new InvalidRequestException(Status.CONFLICT, e,
            "task is suspended: its project or process is suspended");
      } catch (NullValueException e) {
        String taskId = taskIdOf(command);
        if (taskId != null && wasCompleted(taskId)) {
          throw new InvalidRequestException(Status.CONFLICT, e, "task " + taskId + " was already completed");
        }
        throw new InvalidRequestException(Status.NOT_FOUND, e, "task " + taskId + " not found");
      }
    }
  }

  private boolean wasCompleted(String taskId) {
    HistoryService history = configuration.getHistoryService();
    // Whoever completed it may not read history: the answer must not depend on that.
    return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0));
  }

  /** Both commands keep the id in a protected field and offer no getter. */
  private static String taskIdOf(Command<?> command) {
    try {
      Field field = command.getClass().getDeclaredField("taskId");
      field.setAccessible(true);
      return (String) field.get(command);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
