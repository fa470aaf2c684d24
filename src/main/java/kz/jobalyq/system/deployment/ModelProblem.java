package kz.jobalyq.system.deployment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.SAXParseException;

/**
 * One reason a model was refused: the file (relative to the models folder), where in it, and what is
 * wrong. {@code line}/{@code column} are 0 and {@code element} null when not known.
 */
public record ModelProblem(String file, int line, int column, String element, String message) {

  private static final Pattern SAX_LINE = Pattern.compile("Line=(\\d+): (.*)", Pattern.DOTALL);
  /** A JSON parser's position: "End of input at line 1 column 51 path $.components[0].key". */
  private static final Pattern JSON_POSITION = Pattern.compile("at line (\\d+) column (\\d+)");

  public static ModelProblem inFile(String file, String message) {
    return new ModelProblem(file, 0, 0, null, message);
  }

  public static ModelProblem atElement(String file, String element, String message) {
    return new ModelProblem(file, 0, 0, element, message);
  }

  public static ModelProblem atLine(String file, int line, int column, String message) {
    return new ModelProblem(file, line, column, null, message);
  }

  /** A BPMN or DMN file the XML parser refused: at the line it names, when it names one. */
  static ModelProblem fromXmlError(ModelFile file, Throwable error) {
    ModelProblem located = located(file.name(), error);
    return located != null ? located : inFile(file.name(), error.getMessage());
  }

  /**
   * Where a parser's error (anywhere in the cause chain) says it is: an XML parser's line and column, or a JSON
   * parser's; null when none says.
   */
  static ModelProblem located(String file, Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SAXParseException sax) {
        return atLine(file, sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage());
      }
      String text = cause.getMessage() == null ? "" : cause.getMessage();
      // Camunda's XML parser rethrows parse errors as a plain SAXException with the line in its text.
      Matcher line = SAX_LINE.matcher(text);
      if (line.find()) {
        return atLine(file, Integer.parseInt(line.group(1)), 0, line.group(2));
      }
      Matcher json = JSON_POSITION.matcher(text);
      if (json.find()) {
        return atLine(file, Integer.parseInt(json.group(1)), Integer.parseInt(json.group(2)), text);
      }
    }
    return null;
  }

  /** The engine wraps the real reason (a DMN or form parse error) in a generic message: both, for the reader. */
  static String messageWithCause(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == error ? error.getMessage() : error.getMessage() + ": " + root.getMessage();
  }

  /** "processes/change-request.bpmn:42:7 [Task_ReviewChangeRequest] message" — the form editors and logs show. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    if (element != null) {
      text.append(" [").append(element).append(']');
    }
    return text.append(' ').append(message).toString();
  }
}
