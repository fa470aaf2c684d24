package kz.jobalyq.system.operations;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The README's "Cockpit for process owners" commands, run as written against the engine REST API: retrying a
 * failed job after the cause is fixed, and migrating running instances to a changed model.
 */
@IntegrationTest
class CockpitOperationsTest {

  private static final String KEY = "ops-check";

  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private TestRestTemplate rest;

  @Test
  void aFailedJobIsRetriedAndRunningInstancesMigrateToTheNewVersion() {
    String v1 = deploy("Тексеру", false);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, Map.of("broken", true));

    // The step fails until its cause is fixed: after its retries an incident shows in Cockpit.
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException expected) {
        // each attempt fails while "broken" is true
      }
    }
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo("Task_Check");

    runtimeService.setVariable(instance.getId(), "broken", false);
    ResponseEntity<String> retried = rest.withBasicAuth("demo", "demo").exchange(
        "/engine-rest/job/" + job.getId() + "/retries", HttpMethod.PUT, json("{\"retries\": 1}"), String.class);
    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    managementService.executeJob(job.getId());
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getName())
        .isEqualTo("Тексеру");

    // An administrator changes the model (a new label); the running instance moves with the documented calls.
    String v2 = deploy("Тексеру (жаңа нұсқа)", true);
    JsonNode plan = rest.withBasicAuth("demo", "demo").postForObject("/engine-rest/migration/generate",
        json("{\"sourceProcessDefinitionId\":\"" + v1 + "\",\"targetProcessDefinitionId\":\"" + v2
            + "\",\"updateEventTriggers\":true}"), JsonNode.class);
    assertThat(plan.path("instructions").size()).isGreaterThan(0);
    JsonNode report = rest.withBasicAuth("demo", "demo").postForObject("/engine-rest/migration/validate",
        json(plan.toString()), JsonNode.class);
    assertThat(report.path("instructionReports")).isEmpty();
    ResponseEntity<String> migrated = rest.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/migration/execute", json("{\"migrationPlan\":" + plan + ",\"processInstanceQuery\":"
            + "{\"processDefinitionId\":\"" + v1 + "\"},\"skipCustomListeners\":true}"), String.class);
    assertThat(migrated.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(v2);
    // Anonymous calls cannot do any of this.
    assertThat(rest.postForEntity("/engine-rest/migration/generate", json("{}"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String deploy(String taskName, boolean secondVersion) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started")
        .serviceTask("Task_Check").camundaAsyncBefore()
        .camundaExpression("${broken ? execution.noSuchMethod() : true}")
        .userTask("Task_Wait").name(taskName)
        .endEvent("EndEvent_Done")
        .done();
    String deploymentId = repositoryService.createDeployment().name("ops-check-" + secondVersion)
        .addModelInstance(KEY + ".bpmn", model).deploy().getId();
    return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
  }
}
