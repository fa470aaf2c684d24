package kz.jobalyq.system.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
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
  /** A SAX error rethrown as text by Camunda's model parser: "… Line=3: cvc-complex-type…". */
  private static final Pattern SAX_LINE = Pattern.compile("Line=(\\d+): (.*)", Pattern.DOTALL);
  /** A JSON parser's position: "End of input at line 1 column 51 path $.components[0].key". */
  private static final Pattern JSON_POSITION = Pattern.compile("at line (\\d+) column (\\d+)");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
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
    Position position = positionOf(error);
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

  /** The deepest cause that says where; else the deepest cause's words after the engine's own. */
  private static Position positionOf(Throwable error) {
    Throwable deepest = error;
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      deepest = cause;
      if (cause instanceof org.xml.sax.SAXParseException sax) {
        return new Position(sax.getMessage(), sax.getLineNumber(), sax.getColumnNumber());
      }
      String text = cause.getMessage() == null ? "" : cause.getMessage();
      Matcher saxLine = SAX_LINE.matcher(text);
      if (saxLine.find()) {
        return new Position(saxLine.group(2), Integer.parseInt(saxLine.group(1)), 0);
      }
      Matcher json = JSON_POSITION.matcher(text);
      if (json.find()) {
        return new Position(text, Integer.parseInt(json.group(1)), Integer.parseInt(json.group(2)));
      }
    }
    String message = deepest == error ? error.getMessage() : error.getMessage() + ": " + deepest.getMessage();
    return new Position(message, 0, 0);
  }

  /** One problem in the engine's report shape (line and column 0 when unknown; no element: the file is unread). */
  record Position(String message, int line, int column) implements Problem {

    @Override
    public String getMessage() {
      return message;
    }

    @Override
    public int getLine() {
      return line;
    }

    @Override
    public int getColumn() {
      return column;
    }

    @Override
    public String getMainElementId() {
      return null;
    }

    @Override
    public List<String> getElementIds() {
      return List.of();
    }
  }
}
