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
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof SAXParseException sax) {
        return atLine(file.name(), sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage());
      }
      // Camunda's XML parser rethrows parse errors as a plain SAXException with the line in its text.
      Matcher line = cause.getMessage() == null ? null : SAX_LINE.matcher(cause.getMessage());
      if (line != null && line.find()) {
        return atLine(file.name(), Integer.parseInt(line.group(1)), 0, line.group(2));
      }
    }
    return inFile(file.name(), error.getMessage());
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
