package kz.jobalyq.system.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment refused for its files' problems, in the engine's own shape: the REST API answers a
 * {@link ParseException} 400 with {@code details[file].errors[]} ({@code message}, {@code line}, {@code column},
 * {@code mainElementId}), as for a BPMN the engine reads but refuses, so Camunda Modeler shows it the same way.
 */
final class ModelRulesRefusal extends ParseException {

  ModelRulesRefusal(List<ModelProblem> problems) {
    super(problems.stream().map(ModelProblem::toString).collect(Collectors.joining("; ")),
        problems.get(0).file(), List.of(), List.of());
    Map<String, List<Problem>> byFile = new LinkedHashMap<>();
    problems.forEach(problem -> byFile.computeIfAbsent(problem.file(), file -> new ArrayList<>())
        .add(new Located(problem.message(), problem.line(), problem.column(), problem.element())));
    List<ResourceReport> reports = new ArrayList<>();
    byFile.forEach((file, errors) -> reports.add(new FileReport(file, List.copyOf(errors))));
    resorceReports = reports;
  }

  /** One problem as the engine reports it; line and column 0 when unknown, element null when none. */
  record Located(String message, int line, int column, String element) implements Problem {

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
      return element;
    }

    @Override
    public List<String> getElementIds() {
      return element == null ? List.of() : List.of(element);
    }
  }

  private record FileReport(String name, List<Problem> errors) implements ResourceReport {

    @Override
    public String getResourceName() {
      return name;
    }

    @Override
    public List<Problem> getErrors() {
      return errors;
    }

    @Override
    public List<Problem> getWarnings() {
      return List.of();
    }
  }
}
