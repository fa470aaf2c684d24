package kz.jobalyq.system.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.support.TestChangeRequests;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Models from a folder, changed without code: an administrator's copy of the repository's models is
 * edited and deployed while the platform runs.
 */
@IntegrationTest
class ModelDeploymentTest {

  private static final String ROUTING_TABLE = "dmn/change-approval-routing.dmn";
  private static final String PROCESS = "processes/change-request.bpmn";

  @Autowired
  private ModelDeployer deployer;
  @Autowired
  private ProcessEngine engine;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private TestChangeRequests changeRequests;

  @TempDir
  private Path models;

  @BeforeEach
  void copyTheRepositoryModels() throws IOException {
    init(engine);
    for (ModelKind kind : ModelKind.values()) {
      Path target = Files.createDirectories(models.resolve(kind.folder()));
      try (Stream<Path> files = Files.list(Path.of(kind.folder()))) {
        for (Path file : files.toList()) {
          Files.copy(file, target.resolve(file.getFileName()));
        }
      }
    }
  }

  @AfterEach
  void restoreTheRepositoryModels() {
    // The repository's models become the latest versions again for the tests that follow.
    deployer.deploy();
  }

  @Test
  void deployingUnchangedModelsCreatesNoNewVersion() {
    int processVersion = latestProcessVersion();
    long deployments = repositoryService.createDeploymentQuery().count();

    ModelDeploymentReport report = deployer.deploy(models);

    assertThat(report.changedFiles()).isEmpty();
    assertThat(report.unchangedFiles()).isEqualTo(ModelDeployer.read(models).size());
    assertThat(latestProcessVersion()).isEqualTo(processVersion);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aChangedRoutingRuleRoutesNewRequestsWhileRoutedOnesKeepTheirDecider() {
    ProcessInstance routedBefore = fileAndEvaluateWithoutBaselineChange();
    assertThat(task(routedBefore)).hasCandidateGroupAssociated("project-lead");
    int processVersion = latestProcessVersion();
    int tableVersion = latestDecisionVersion();

    // The administrator decides that the project group head decides even when the baseline holds.
    edit(ROUTING_TABLE, "<text>\"project-lead\"</text>", "<text>\"project-group-head\"</text>");
    ModelDeploymentReport report = deployer.deploy(models);

    assertThat(report.changedFiles()).containsExactly(ROUTING_TABLE);
    assertThat(latestDecisionVersion()).isEqualTo(tableVersion + 1);
    assertThat(latestProcessVersion()).isEqualTo(processVersion);
    assertThat(task(routedBefore)).hasCandidateGroupAssociated("project-lead");

    ProcessInstance routedAfter = fileAndEvaluateWithoutBaselineChange();
    assertThat(routedAfter).isWaitingAt(ChangeRequestProcess.TASK_DECIDE);
    assertThat(task(routedAfter)).hasCandidateGroupAssociated("project-group-head");
  }

  @Test
  void aMalformedBpmnIsRefusedWithItsLineAndNothingIsDeployed() {
    int processVersion = latestProcessVersion();
    long deployments = repositoryService.createDeploymentQuery().count();
    edit(PROCESS, "</bpmn:startEvent>", "</bpmn:startEvnt>");
    // A valid change in the same deployment must not slip through either.
    edit(ROUTING_TABLE, "<text>\"project-lead\"</text>", "<text>\"project-group-head\"</text>");

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOfSatisfying(ModelDeploymentException.class, refused ->
            assertThat(refused.getProblems()).singleElement().satisfies(problem -> {
              assertThat(problem.file()).isEqualTo(PROCESS);
              assertThat(problem.line()).isEqualTo(lineOf(PROCESS, "</bpmn:startEvnt>"));
              assertThat(problem.message()).contains("must be terminated");
            }));

    assertThat(latestProcessVersion()).isEqualTo(processVersion);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void anExpressionTheEngineCannotParseIsRefusedNamingItsElement() {
    int processVersion = latestProcessVersion();
    edit(PROCESS, "${reviewOutcome == 'refuse'}", "${reviewOutcome == }");

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOfSatisfying(ModelDeploymentException.class, refused ->
            assertThat(refused.getProblems()).anySatisfy(problem -> {
              assertThat(problem.file()).isEqualTo(PROCESS);
              assertThat(problem.element()).isEqualTo("SequenceFlow_ReviewRefused");
            }));
    assertThat(latestProcessVersion()).isEqualTo(processVersion);
  }

  @Test
  void aBrokenRuleIsRefusedNamingTheRuleAndTheRunningTableStays() {
    int tableVersion = latestDecisionVersion();
    edit(ROUTING_TABLE, "<text>\"project-lead\"</text>", "<text>\"project-lead</text>");

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOfSatisfying(ModelDeploymentException.class, refused ->
            assertThat(refused.getProblems()).singleElement().satisfies(problem -> {
              assertThat(problem.file()).isEqualTo(ROUTING_TABLE);
              assertThat(problem.element()).isEqualTo("Rule_NoBaselineChange");
            }));
    assertThat(latestDecisionVersion()).isEqualTo(tableVersion);
    assertThat(task(fileAndEvaluateWithoutBaselineChange())).hasCandidateGroupAssociated("project-lead");
  }

  @Test
  void aTableThatBreaksTheDmnSchemaIsRefusedWithItsLine() {
    int tableVersion = latestDecisionVersion();
    // A rule without its output: well-formed XML, but not a DMN table (the model API's schema refuses it).
    edit(ROUTING_TABLE, "<outputEntry id=\"LiteralExpression_NoBaselineChange_ApproverGroups\">\n"
        + "          <text>\"project-lead\"</text>\n        </outputEntry>\n", "");

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOfSatisfying(ModelDeploymentException.class, refused ->
            assertThat(refused.getProblems()).singleElement().satisfies(problem -> {
              assertThat(problem.file()).isEqualTo(ROUTING_TABLE);
              assertThat(problem.line()).isPositive();
              assertThat(problem.message()).contains("is not complete");
            }));
    assertThat(latestDecisionVersion()).isEqualTo(tableVersion);
  }

  @Test
  void aTableThatRoutesToAGroupNobodyIsInIsRefusedNamingTheRuleAndTheValue() {
    int tableVersion = latestDecisionVersion();
    long deployments = repositoryService.createDeploymentQuery().count();
    edit(ROUTING_TABLE, "<text>\"project-group-head\"</text>", "<text>\"project-coordnator\"</text>");

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOfSatisfying(ModelDeploymentException.class, refused ->
            assertThat(refused.getProblems()).singleElement().satisfies(problem -> {
              assertThat(problem.file()).isEqualTo(ROUTING_TABLE);
              assertThat(problem.element()).startsWith("Rule_");
              assertThat(problem.message()).contains("output 'approverGroups'", "'project-coordnator'",
                  "does not exist");
            }));
    assertThat(latestDecisionVersion()).isEqualTo(tableVersion);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aBrokenFormIsRefusedWithItsLine() {
    String form = "forms/" + ChangeRequestProcess.FORM_REVIEW + ".form";
    edit(form, "\"components\": [", "\"components\": [ ,");

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOfSatisfying(ModelDeploymentException.class, refused ->
            assertThat(refused.getProblems()).singleElement().satisfies(problem -> {
              assertThat(problem.file()).isEqualTo(form);
              assertThat(problem.line()).isEqualTo(lineOf(form, "\"components\": [ ,"));
            }));
  }

  @Test
  void aModelReferringToAMissingFormOrDelegateIsRefusedNamingTheElement() {
    edit(PROCESS, "camunda:formRef=\"change-request-review\"", "camunda:formRef=\"change-request-reveiw\"");
    edit(PROCESS, "${registerChangeRequestDelegate}", "${registerChangeRequest}");

    assertThatThrownBy(() -> deployer.deploy(models))
        .isInstanceOfSatisfying(ModelDeploymentException.class, refused ->
            assertThat(refused.getProblems())
                .extracting(ModelProblem::element)
                .containsExactlyInAnyOrder(ChangeRequestProcess.TASK_REVIEW, ChangeRequestProcess.TASK_REGISTER));
  }

  private ProcessInstance fileAndEvaluateWithoutBaselineChange() {
    ProcessInstance instance = changeRequests.file();
    complete(task(instance), Map.of(Vars.REVIEW_OUTCOME, ChangeRequestProcess.OUTCOME_ACCEPT));
    complete(task(instance), Map.of(Vars.SCHEDULE_SHIFT_DAYS, 0L, Vars.COST_CHANGE, 0L));
    return instance;
  }

  private void edit(String file, String from, String to) {
    Path path = models.resolve(file);
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      assertThat(text).as("%s contains %s", file, from).contains(from);
      Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int lineOf(String file, String text) {
    try {
      List<String> lines = Files.readAllLines(models.resolve(file), StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(text)) {
          return i + 1;
        }
      }
      throw new AssertionError(text + " not in " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int latestProcessVersion() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ChangeRequestProcess.KEY)
        .latestVersion().singleResult().getVersion();
  }

  private int latestDecisionVersion() {
    return repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(ChangeRequestProcess.DECISION_APPROVAL_ROUTING).latestVersion().singleResult()
        .getVersion();
  }
}
