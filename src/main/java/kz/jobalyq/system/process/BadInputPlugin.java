package kz.jobalyq.system.process;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.RefusedInput;
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
    List<CommandInterceptor> result = EngineLists.copyOf(interceptors);
    result.add(new TranslateBadInput());
    return result;
  }

  /** Our refusals read "field: why" (a field key, maybe with a row: {@code interviewScores[2].member}). */
  private static final Pattern FIELD_NAMED = Pattern.compile("^([A-Za-z][\\w.\\[\\]]*): (.+)$", Pattern.DOTALL);

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
        remember(badInput);
        throw new FormFieldValidationException(null, badInput.getMessage(), e);
      }
    }

    /** Kept for the Tasklist layer, which answers with these words instead of the engine's wrapping. */
    private static void remember(IllegalArgumentException badInput) {
      if (badInput instanceof BadInput refused) {
        RefusedInput.remember(refused.field(), refused.reason());
        return;
      }
      Matcher named = FIELD_NAMED.matcher(String.valueOf(badInput.getMessage()));
      if (named.matches()) {
        RefusedInput.remember(named.group(1), named.group(2));
      } else {
        RefusedInput.remember(null, badInput.getMessage());
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
