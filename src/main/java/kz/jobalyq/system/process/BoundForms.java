package kz.jobalyq.system.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Camunda Form a task or start event binds (latest, by deployment or by version, as the engine resolves it),
 * parsed once per form definition: a deployed definition never changes, a new version has a new id. Read without
 * the caller's authorisations (the completing user may not read forms). The answers' canonical values
 * ({@link FormAnswers}) and the text limits ({@link FormLimits}) are checked against it at every completion.
 *
 * <p>Which version is a key's latest is asked of the database at most every {@link #LATEST_KNOWN_FOR}: a
 * deployment on this node forgets it at once ({@link #FORGET_LATEST}); one made on another node is seen within
 * that time, while Tasklist already checks the new form in the browser from the first time it shows it.
 */
final class BoundForms {

  private static final Logger LOG = LoggerFactory.getLogger(BoundForms.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_CACHED_FORMS = 1000;

  static final Duration LATEST_KNOWN_FOR = Duration.ofSeconds(30);
  /** A deployment on this node may bring a new latest version of any key. */
  static final Deployer FORGET_LATEST = deployment -> BoundForms.LATEST.clear();

  private static final Map<String, Bound> FORMS = new ConcurrentHashMap<>();
  private static final Map<String, Latest> LATEST = new ConcurrentHashMap<>();

  /** A deployed form: its definition id and its parsed JSON. */
  record Bound(String definitionId, JsonNode form) {
  }

  private record Latest(Bound bound, long askedAt) {
  }

  private BoundForms() {
  }

  /** The form bound, or null when there is none (no form, or none deployed under the key). */
  static Bound of(FormDefinition binding, VariableScope scope, String deploymentId) {
    CommandContext commandContext = Context.getCommandContext();
    if (binding == null || binding.getCamundaFormDefinitionKey() == null || commandContext == null) {
      return null;
    }
    try {
      String key = String.valueOf(binding.getCamundaFormDefinitionKey().getValue(scope));
      String type = binding.getCamundaFormDefinitionBinding();
      boolean latest = type == null || "latest".equals(type);
      long now = System.nanoTime();
      Latest known = latest ? LATEST.get(key) : null;
      if (known != null && now - known.askedAt() < LATEST_KNOWN_FOR.toNanos()) {
        return known.bound();
      }
      CamundaFormRefImpl ref = new CamundaFormRefImpl(key, type);
      if (binding.getCamundaFormDefinitionVersion() != null) {
        ref.setVersion(Integer.valueOf(String.valueOf(binding.getCamundaFormDefinitionVersion().getValue(scope))));
      }
      CamundaFormDefinition definition = commandContext.runWithoutAuthorization(
          () -> new GetCamundaFormDefinitionCmd(ref, deploymentId).execute(commandContext));
      Bound bound = definition == null ? null : parsed(definition, commandContext);
      if (latest && bound != null) {
        LATEST.put(key, new Latest(bound, now));
      }
      return bound;
    } catch (ProcessEngineException | IOException | NumberFormatException e) {
      LOG.debug("No Camunda Form bound: {}", e.getMessage());
      return null;
    }
  }

  private static Bound parsed(CamundaFormDefinition definition, CommandContext commandContext) throws IOException {
    Bound bound = FORMS.get(definition.getId());
    if (bound == null) {
      ResourceEntity resource = commandContext.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
      if (resource == null) {
        return null;
      }
      bound = new Bound(definition.getId(), JSON.readTree(resource.getBytes()));
      if (FORMS.size() >= MAX_CACHED_FORMS) {
        FORMS.clear();
      }
      FORMS.put(definition.getId(), bound);
    }
    return bound;
  }
}
