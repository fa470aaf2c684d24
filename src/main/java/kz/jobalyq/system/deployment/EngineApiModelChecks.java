package kz.jobalyq.system.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.jobalyq.system.process.EngineLists;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A deployment through the engine API — Camunda Modeler's "Deploy", {@code POST /engine-rest/deployment/create} —
 * gets the run-time rules of the models folder before the engine parses it ({@link ModelValidator.Scope#ENGINE_API}):
 * a candidate group nobody holds, a form or table that is neither in the deployment nor deployed, a delegate bean
 * the platform does not have, an expression or FEEL cell that does not parse. The engine alone would deploy such a
 * model and fail only when a case reaches it. A breach refuses the whole deployment, 400 naming the file and the
 * element; the versions already deployed keep running. The folder's own deployment is checked before it is made
 * (all rules), and deployments of the platform's code outside a request (start-up, tests) are left to the engine.
 */
@Component
public class EngineApiModelChecks extends AbstractProcessEnginePlugin {

  private final ObjectProvider<ModelValidator> validator;

  public EngineApiModelChecks(ObjectProvider<ModelValidator> validator) {
    this.validator = validator;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = EngineLists.copyOf(configuration.getCustomPreDeployers());
    deployers.add(this::check);
    configuration.setCustomPreDeployers(deployers);
  }

  private void check(DeploymentEntity deployment) {
    // Not new: a deployment read back into the cache (another node's, after a restart), checked when it was made.
    if (!deployment.isNew() || ModelDeployer.DEPLOYMENT_SOURCE.equals(deployment.getSource())
        || RequestContextHolder.getRequestAttributes() == null || deployment.getResources() == null) {
      return;
    }
    List<ModelFile> files = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      ModelKind kind = kindOf(resource.getName());
      if (kind != null && resource.getBytes() != null) {
        files.add(new ModelFile(resource.getName(), kind, resource.getBytes()));
      }
    }
    if (files.isEmpty()) {
      return;
    }
    CommandContext command = Context.getCommandContext();
    // The rules look up groups, forms and tables whatever the deployer may read; the deployer's right to deploy
    // was checked by the engine before.
    List<ModelProblem> problems = command.runWithoutAuthorization(() -> validator.getObject().validateEngineApiDeployment(
        files,
        form -> command.getCamundaFormDefinitionManager().findLatestDefinitionByKey(form) != null,
        decision -> command.getDecisionDefinitionManager().findLatestDefinitionByKey(decision) != null));
    if (!problems.isEmpty()) {
      throw new ModelRulesRefusal(problems);
    }
  }

  /** The engine's own resource suffixes for processes, tables and forms; anything else is not ours to check. */
  static ModelKind kindOf(String resourceName) {
    String name = resourceName == null ? "" : resourceName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
      return ModelKind.PROCESS;
    }
    if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
      return ModelKind.DECISION;
    }
    return name.endsWith(".form") ? ModelKind.FORM : null;
  }
}
