package kz.jobalyq.system.deployment;

/**
 * One reason a model was refused: the file (relative to the models folder), where in it, and what is
 * wrong. {@code line}/{@code column} are 0 and {@code element} null when not known.
 */
public record ModelProblem(String file, int line, int column, String element, String message) {

  public static ModelProblem inFile(String file, String message) {
    return new ModelProblem(file, 0, 0, null, message);
  }

  public static ModelProblem atElement(String file, String element, String message) {
    return new ModelProblem(file, 0, 0, element, message);
  }

  public static ModelProblem atLine(String file, int line, int column, String message) {
    return new ModelProblem(file, line, column, null, message);
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
