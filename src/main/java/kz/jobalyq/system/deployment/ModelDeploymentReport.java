package kz.jobalyq.system.deployment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.Resource;

/**
 * What a deployment did: which files became new versions (with the definitions they hold) and how
 * many were already deployed unchanged.
 */
public record ModelDeploymentReport(String deploymentId, String deploymentName, List<String> changedFiles,
    int unchangedFiles, List<DeployedDefinition> definitions) {

  public record DeployedDefinition(String type, String key, int version, String resource) {
  }

  /**
   * @param previousDeploymentId the latest deployment of the same name before this one: changed-only
   *     filtering answers that same deployment again when no file changed
   */
  static ModelDeploymentReport of(DeploymentWithDefinitions deployment, String previousDeploymentId,
      List<ModelFile> files, RepositoryService repositoryService) {
    List<DeployedDefinition> definitions = new ArrayList<>();
    if (deployment.getDeployedProcessDefinitions() != null) {
      deployment.getDeployedProcessDefinitions().forEach(d ->
          definitions.add(new DeployedDefinition("process", d.getKey(), d.getVersion(), d.getResourceName())));
    }
    if (deployment.getDeployedDecisionDefinitions() != null) {
      deployment.getDeployedDecisionDefinitions().forEach(d ->
          definitions.add(new DeployedDefinition("decision", d.getKey(), d.getVersion(), d.getResourceName())));
    }
    boolean isNew = !deployment.getId().equals(previousDeploymentId);
    List<String> changed = isNew
        ? repositoryService.getDeploymentResources(deployment.getId()).stream().map(Resource::getName).sorted().toList()
        : List.of();
    return new ModelDeploymentReport(isNew ? deployment.getId() : null, deployment.getName(), changed,
        files.size() - changed.size(), isNew ? List.copyOf(definitions) : List.of());
  }

  public String summary() {
    if (changedFiles.isEmpty()) {
      return "unchanged, " + unchangedFiles + " files already deployed";
    }
    return changedFiles.size() + " changed file(s) deployed as " + deploymentId + " " + changedFiles + ", "
        + unchangedFiles + " unchanged";
  }
}
