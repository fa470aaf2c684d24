package kz.jobalyq.system.deployment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.jobalyq.system.process.EngineLists;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A deployment through the engine API (Camunda Modeler, {@code POST /engine-rest/deployment/create}) of a file the
 * engine cannot read at all — BPMN or DMN that is not well-formed XML or breaks the DMN schema, form JSON that does
 * not parse — fails with a plain engine exception, which the REST API answers 500 and our error filter hides
 * behind a log reference: the modeller never learns what is wrong. Here such a failure becomes the engine's
 * {@link ParseException} for that file, with the line and column the parser names, which the REST API answers 400
 * with the problem in its {@code details}, as it does for a BPMN the engine can read but refuses. Nothing is
 * deployed either way.
 */
@Component
public class DeploymentParseProblems extends AbstractProcessEnginePlugin {

  /** The engine's words for a file it could not read: "Could not parse 'x.bpmn'", "transform DMN resource 'x.dmn'". */
  private static final Pattern QUOTED_RESOURCE = Pattern.compile("(?:Could not parse|DMN resource) '([^']+)'");
  /** "Could not parse Camunda Form resource x.form. Cause: …" */
  private static final Pattern FORM_RESOURCE = Pattern.compile("Form resource (\\S+?)\\.(?:\\s|$)");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors =
        EngineLists.copyOf(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new Translate());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  static final class Translate extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof DeployCmd)) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (ParseException | AuthorizationException asTheEngineSaysIt) {
        throw asTheEngineSaysIt;
      } catch (ProcessEngineException unreadable) {
        ParseException named = parseProblemOf(unreadable);
        if (named == null) {
          throw unreadable;
        }
        throw named;
      }
    }
  }

  /** The file and where in it, from the engine's message and its causes; null when no file is named. */
  static ParseException parseProblemOf(ProcessEngineException error) {
    String resource = resourceNamed(error.getMessage());
    if (resource == null) {
      return null;
    }
    ModelProblem located = ModelProblem.located(resource, error);
    ModelRulesRefusal.Located position = located != null
        ? new ModelRulesRefusal.Located(located.message(), located.line(), located.column(), null)
        : new ModelRulesRefusal.Located(ModelProblem.messageWithCause(error), 0, 0, null);
    // No cause attached: the engine's chain may hold an IllegalArgumentException, which would be taken for a
    // form field's refusal on the way out (BadInputPlugin).
    return new ParseException(resource + (position.line() > 0 ? ":" + position.line() : "") + " " + position.message(),
        resource, List.of(position), List.of());
  }

  private static String resourceNamed(String message) {
    if (message == null) {
      return null;
    }
    Matcher quoted = QUOTED_RESOURCE.matcher(message);
    if (quoted.find()) {
      return quoted.group(1);
    }
    Matcher form = FORM_RESOURCE.matcher(message);
    return form.find() ? form.group(1) : null;
  }
}
