package kz.jobalyq.system.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Our services refuse bad form input with {@link IllegalArgumentException}, whose message names the
 * field. When that happens inside the engine (a delegate or task listener), the transaction is
 * already rolled back; this turns it into the engine's form validation error, which the engine REST
 * API answers with 400 on task completion and start-form submission (not 500), and which Tasklist
 * shows on the form.
 */
@Component
public class BadInputPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withBadInputTranslation(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withBadInputTranslation(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withBadInputTranslation(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> result = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
    result.add(new TranslateBadInput());
    return result;
  }

  static final class TranslateBadInput extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (FormFieldValidationException | AuthorizationException e) {
        throw e;
      } catch (RuntimeException e) {
        // The engine wraps a listener's exception in its own ("Exception while invoking TaskListener").
        IllegalArgumentException badInput = badInputIn(e);
        if (badInput == null) {
          throw e;
        }
        throw new FormFieldValidationException(null, badInput.getMessage(), e);
      }
    }

    private static IllegalArgumentException badInputIn(Throwable error) {
      for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
        if (cause instanceof IllegalArgumentException badInput) {
          return badInput;
        }
      }
      return null;
    }
  }
}
