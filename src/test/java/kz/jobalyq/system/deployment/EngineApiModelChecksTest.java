package kz.jobalyq.system.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A process administrator deploys from Camunda Modeler: a model that would break once a case reaches it (a group
 * nobody holds, a form or table that is not there, a delegate the platform does not have, a FEEL cell that does
 * not parse) is refused with 400 naming the file and the element, nothing is deployed and the version before keeps
 * serving; a sound model deploys although it is not named the folder's way.
 */
@IntegrationTest
class EngineApiModelChecksTest {

  private static final String PROCESS = "modeler-checked";

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private RepositoryService repositoryService;

  @Test
  void aSoundModelDeploysUnderAnyFileNameWithItsFormFromTheDeploymentOrDeployedBefore() {
    String withOwnForm = process("Task_Review", "camunda:candidateGroups=\"" + Role.PROJECT_LEAD.groupId()
        + "\" camunda:formRef=\"modeler-own-form\" camunda:formRefBinding=\"latest\"");
    Map<String, String> files = new LinkedHashMap<>();
    files.put("diagram_1.bpmn", withOwnForm);
    files.put("form_1.form", """
        {"id": "modeler-own-form", "type": "default", "components": [{"type": "textfield", "key": "note", "label": "x"}]}
        """);

    ResponseEntity<JsonNode> deployed = deploy(files);
    assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);

    String withDeployedForm = process("Task_Review", "camunda:candidateGroups=\"" + Role.PROJECT_LEAD.groupId()
        + "\" camunda:formRef=\"change-request-decision\" camunda:formRefBinding=\"latest\"");
    ResponseEntity<JsonNode> again = deploy(Map.of("diagram_2.bpmn", withDeployedForm));
    assertThat(again.getStatusCode()).as("%s", again.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion()
        .singleResult().getResourceName()).isEqualTo("diagram_2.bpmn");
  }

  @Test
  void aFormBoundToItsDeploymentMustComeWithIt() {
    // Camunda Modeler may deploy a form with its process and bind it to that deployment: allowed.
    String boundToDeployment = process("Task_Review", "camunda:candidateGroups=\"" + Role.PROJECT_LEAD.groupId()
        + "\" camunda:formRef=\"modeler-carried-form\" camunda:formRefBinding=\"deployment\"");
    ResponseEntity<JsonNode> carried = deploy(Map.of("carried.bpmn", boundToDeployment, "carried.form",
        "{\"id\": \"modeler-carried-form\", \"type\": \"default\", \"components\": []}"));
    assertThat(carried.getStatusCode()).as("%s", carried.getBody()).isEqualTo(HttpStatus.OK);

    // Bound to the deployment, a form deployed before does not count: the task would find no form.
    JsonNode error = refused("not-carried.bpmn", process("Task_Review", "camunda:candidateGroups=\""
        + Role.PROJECT_LEAD.groupId() + "\" camunda:formRef=\"change-request-decision\""
        + " camunda:formRefBinding=\"deployment\""));
    assertThat(error.path("message").asText())
        .contains("camunda:formRef 'change-request-decision' is not a form of this deployment");
  }

  @Test
  void aCandidateGroupNobodyHoldsIsRefusedAndTheVersionBeforeKeepsServing() {
    assertThat(deploy(Map.of("before.bpmn", process("Task_Review",
        "camunda:candidateGroups=\"" + Role.PROJECT_LEAD.groupId() + "\""))).getStatusCode()).isEqualTo(HttpStatus.OK);
    String before = latestVersionId();
    long deployments = repositoryService.createDeploymentQuery().count();

    JsonNode error = refused("typo.bpmn", process("Task_Review", "camunda:candidateGroups=\"project-leed\""));

    assertThat(error.path("mainElementId").asText()).isEqualTo("Task_Review");
    assertThat(error.path("message").asText()).contains("group 'project-leed' does not exist");
    // Camunda Modeler shows the answer's message: it names the file, the element and the fault.
    assertThat(lastAnswer.path("message").asText())
        .startsWith("typo.bpmn [Task_Review] group 'project-leed' does not exist");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(latestVersionId()).isEqualTo(before);
  }

  @Test
  void aFormThatIsNeitherInTheDeploymentNorDeployedIsRefused() {
    JsonNode error = refused("no-form.bpmn", process("Task_Review", "camunda:candidateGroups=\""
        + Role.PROJECT_LEAD.groupId() + "\" camunda:formRef=\"modeler-missing-form\" camunda:formRefBinding=\"latest\""));

    assertThat(error.path("mainElementId").asText()).isEqualTo("Task_Review");
    assertThat(error.path("message").asText())
        .contains("camunda:formRef 'modeler-missing-form' is not a form of this deployment or deployed before");
  }

  @Test
  void aDelegateThePlatformDoesNotHaveIsRefused() {
    String model = processWithStep("""
        <bpmn:serviceTask id="Task_Register" camunda:delegateExpression="${registerChangeRequestDelegat}">
          <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
        </bpmn:serviceTask>""");

    JsonNode error = refused("no-bean.bpmn", model);

    assertThat(error.path("mainElementId").asText()).isEqualTo("Task_Register");
    assertThat(error.path("message").asText()).contains("names no bean of the platform");
  }

  @Test
  void aRoutingTableWithAGroupNobodyHoldsOrACellThatIsNotFeelIsRefusedRowByRow() {
    String table = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="Definitions_ModelerRouting" name="x" namespace="x">
          <decision id="modeler-routing" name="x" camunda:historyTimeToLive="P30D">
            <decisionTable id="DecisionTable_Routing" hitPolicy="FIRST">
              <input id="Input_Kind"><inputExpression id="InputExpression_Kind" typeRef="string"><text>kind</text></inputExpression></input>
              <output id="Output_Groups" name="approverGroups" typeRef="string" />
              <rule id="Rule_Ok"><inputEntry id="InputEntry_1"><text>"small"</text></inputEntry><outputEntry id="OutputEntry_1"><text>"project-group-head"</text></outputEntry></rule>
              <rule id="Rule_Typo"><inputEntry id="InputEntry_2"><text>"big"</text></inputEntry><outputEntry id="OutputEntry_2"><text>"project-group-head,project-coordnator"</text></outputEntry></rule>
              <rule id="Rule_NotFeel"><inputEntry id="InputEntry_3"><text>&gt;&gt; 3</text></inputEntry><outputEntry id="OutputEntry_3"><text>"project-group-head"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """;

    ResponseEntity<JsonNode> answer = deploy(Map.of("routing.dmn", table));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = answer.getBody().path("details").path("routing.dmn").path("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.findValuesAsText("mainElementId")).containsExactlyInAnyOrder("Rule_Typo", "Rule_NotFeel");
    assertThat(errors.toString()).contains("group 'project-coordnator' does not exist").contains("is not a FEEL test");
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("modeler-routing").count())
        .isZero();
  }

  @Test
  void aDeploymentOfThePlatformOutsideARequestIsLeftToTheEngine() {
    // Start-up, tests and the engine's own deployments are not a modeller's: the engine alone decides.
    assertThat(repositoryService.createDeployment().name("outside-a-request")
        .addString("typo-outside.bpmn", process("Task_Review", "camunda:candidateGroups=\"project-leed\""))
        .deploy().getId()).isNotNull();
  }

  private String latestVersionId() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion()
        .singleResult().getId();
  }

  private static String process(String taskId, String taskAttributes) {
    return processWithStep("""
        <bpmn:userTask id="%s" %s>
          <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
        </bpmn:userTask>""".formatted(taskId, taskAttributes));
  }

  /** A process as Camunda Modeler saves it: start, one step, end, with its diagram left out (not a run-time rule). */
  private static String processWithStep(String step) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Modeler" targetNamespace="x">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P30D">
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="%s" />
            %s
            <bpmn:sequenceFlow id="Flow_2" sourceRef="%s" targetRef="EndEvent_1" />
            <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(PROCESS, stepId(step), step, stepId(step));
  }

  private static String stepId(String step) {
    int start = step.indexOf("id=\"") + 4;
    return step.substring(start, step.indexOf('"', start));
  }

  private JsonNode lastAnswer;

  private JsonNode refused(String fileName, String content) {
    ModelerDeployments.Refusal refusal =
        ModelerDeployments.refused(rest, repositoryService, "modeler-checked", fileName, content);
    lastAnswer = refusal.answer();
    return refusal.problem();
  }

  private ResponseEntity<JsonNode> deploy(Map<String, String> files) {
    return ModelerDeployments.deploy(rest, "modeler-checked", files);
  }
}
