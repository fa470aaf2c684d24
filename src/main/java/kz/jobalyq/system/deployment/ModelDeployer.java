package kz.jobalyq.system.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.security.IdentitySetup;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/*.bpmn}, {@code dmn/*.dmn} and {@code forms/*.form} from the models folder
 * as one named deployment with changed-only filtering: an unchanged file never makes a new version,
 * a changed one makes exactly one. All files are checked first; if any is broken nothing is
 * deployed and the versions already deployed keep serving.
 */
@Component
public class ModelDeployer {

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  /** Constant on purpose: duplicate filtering compares with earlier deployments of the same name and source. */
  static final String DEPLOYMENT_SOURCE = "jobalyq-models-folder";

  private final RepositoryService repositoryService;
  private final ModelValidator validator;
  private final IdentitySetup identitySetup;
  private final ModelTranslations translations;
  private final Path location;
  private final String deploymentName;

  public ModelDeployer(RepositoryService repositoryService, ModelValidator validator, IdentitySetup identitySetup,
      ModelTranslations translations, @Value("${jobalyq.models.location}") Path location,
      @Value("${jobalyq.models.deployment-name:jobalyq-models}") String deploymentName) {
    this.repositoryService = repositoryService;
    this.validator = validator;
    this.identitySetup = identitySetup;
    this.translations = translations;
    this.location = location.toAbsolutePath().normalize();
    this.deploymentName = deploymentName;
  }

  public Path location() {
    return location;
  }

  /** Deploys the configured models folder. */
  public ModelDeploymentReport deploy() {
    return deploy(location);
  }

  /** Deploys the models of {@code folder}; synchronized so two administrators cannot interleave. */
  public synchronized ModelDeploymentReport deploy(Path folder) {
    List<ModelFile> files = read(folder);
    if (files.isEmpty()) {
      throw new ModelDeploymentException(List.of(ModelProblem.inFile(folder.toString(),
          "holds no processes/*.bpmn, dmn/*.dmn or forms/*.form (check jobalyq.models.location)")));
    }
    List<ModelProblem> problems = validator.validate(files);
    if (!problems.isEmpty()) {
      throw new ModelDeploymentException(problems);
    }
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(deploymentName)
        .source(DEPLOYMENT_SOURCE)
        .enableDuplicateFiltering(true);
    files.forEach(file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
    String previousDeploymentId = latestDeploymentId();
    DeploymentWithDefinitions deployment;
    try {
      deployment = builder.deployWithResult();
    } catch (ParseException e) {
      throw new ModelDeploymentException(problemsOf(e));
    } catch (ProcessEngineException e) {
      throw new ModelDeploymentException(List.of(ModelProblem.inFile(folder.toString(), ModelProblem.messageWithCause(e))));
    }
    ModelDeploymentReport report = ModelDeploymentReport.of(deployment, previousDeploymentId, files, repositoryService);
    List<ProcessDefinition> processes = deployment.getDeployedProcessDefinitions();
    if (report.deploymentId() != null && processes != null) {
      processes.forEach(process -> identitySetup.allowStart(process.getKey(),
          repositoryService.getIdentityLinksForProcessDefinition(process.getId())));
    }
    translations.reload(folder);
    LOG.info("Models from {}: {}", folder, report.summary());
    return report;
  }

  private String latestDeploymentId() {
    List<Deployment> latest = repositoryService.createDeploymentQuery().deploymentName(deploymentName)
        .orderByDeploymentTime().desc().listPage(0, 1);
    return latest.isEmpty() ? null : latest.get(0).getId();
  }

  private static List<ModelProblem> problemsOf(ParseException e) {
    List<ModelProblem> problems = new ArrayList<>();
    for (ResourceReport report : e.getResorceReports()) {
      for (Problem error : report.getErrors()) {
        problems.add(new ModelProblem(report.getResourceName(), error.getLine(), error.getColumn(),
            error.getMainElementId(), error.getMessage()));
      }
    }
    if (problems.isEmpty()) {
      problems.add(ModelProblem.inFile("?", e.getMessage()));
    }
    return problems;
  }

  static List<ModelFile> read(Path folder) {
    List<ModelFile> files = new ArrayList<>();
    for (ModelKind kind : ModelKind.values()) {
      Path dir = folder.resolve(kind.folder());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> paths = Files.list(dir)) {
        for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(kind.extension()))
            .sorted(Comparator.comparing(Path::getFileName)).toList()) {
          files.add(new ModelFile(kind.folder() + "/" + path.getFileName(), kind, Files.readAllBytes(path)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read models from " + dir, e);
      }
    }
    return files;
  }
}
