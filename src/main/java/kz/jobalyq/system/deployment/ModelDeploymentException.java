package kz.jobalyq.system.deployment;

import java.util.List;
import java.util.stream.Collectors;

/** The models were refused: nothing was deployed and the running versions keep serving. */
public class ModelDeploymentException extends RuntimeException {

  private final transient List<ModelProblem> problems;

  public ModelDeploymentException(List<ModelProblem> problems) {
    super(problems.size() + " problem(s) in the models, nothing was deployed:\n  "
        + problems.stream().map(ModelProblem::toString).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  public List<ModelProblem> getProblems() {
    return problems;
  }
}
