package kz.jobalyq.system.security;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestProjects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Security on by default: no anonymous access, and each user works only on their groups' tasks. */
@IntegrationTest
class SecurityTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> TASKS =
      new ParameterizedTypeReference<>() { };

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private TaskService taskService;
  @Autowired
  private TestProjects projects;
  @Autowired
  private TestChangeRequests changeRequests;

  @Test
  void anonymousCallsToTheEngineAndOurApiAreUnauthorized() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/organisation", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // A wrong password also locks the account for a moment (Camunda's login delay): use a user no other test needs.
    assertThat(rest.withBasicAuth("expert", "wrong").getForEntity("/api/organisation", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("expert", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theHealthEndpointIsOpenForProbes() {
    ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"status\":\"UP\"");
  }

  @Test
  void aTaskIsSeenAndCompletedOnlyByItsCandidateGroup() {
    ProcessInstance instance = changeRequests.file();
    String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    String query = "/engine-rest/task?processInstanceId=" + instance.getId();

    assertThat(rest.withBasicAuth("lead", "demo").exchange(query, HttpMethod.GET, null, TASKS).getBody())
        .extracting(task -> task.get("id")).containsExactly(taskId);
    assertThat(rest.withBasicAuth("pghead", "demo").exchange(query, HttpMethod.GET, null, TASKS).getBody())
        .isEmpty();

    ResponseEntity<String> foreign = rest.withBasicAuth("pghead", "demo")
        .postForEntity("/engine-rest/task/" + taskId + "/complete", json("{}"), String.class);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();

    // The candidate reads the Camunda Form of the task and completes it.
    ResponseEntity<String> form = rest.withBasicAuth("lead", "demo")
        .getForEntity("/engine-rest/task/" + taskId + "/deployed-form", String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("\"id\"").contains(ChangeRequestProcess.FORM_REVIEW);
    ResponseEntity<String> own = rest.withBasicAuth("lead", "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/complete",
        json("{\"variables\":{\"reviewOutcome\":{\"value\":\"accept\"}}}"), String.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void badFormInputAnswers400WithTheFieldAndTheTaskStays() {
    ProcessInstance instance = changeRequests.file();
    String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

    ResponseEntity<String> refusal = rest.withBasicAuth("lead", "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/complete",
        json("{\"variables\":{\"reviewOutcome\":{\"value\":\"refuse\"}}}"), String.class);

    assertThat(refusal.getStatusCode()).as(refusal.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refusal.getBody()).contains("refusalGrounds");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
  }

  @Test
  void onlyTheProcessesStarterGroupsMayStartIt() {
    String projectNumber = projects.ordinary().number();
    String body = "{\"variables\":{"
        + "\"projectNumber\":{\"value\":\"" + projectNumber + "\"},"
        + "\"requestType\":{\"value\":\"CHANGE\"},\"changeSubject\":{\"value\":\"TEAM\"},"
        + "\"description\":{\"value\":\"Талдаушы қосу\"},\"justification\":{\"value\":\"Көлем өсті\"}}}";
    String start = "/engine-rest/process-definition/key/" + ChangeRequestProcess.KEY + "/submit-form";

    assertThat(rest.withBasicAuth("customer", "demo").postForEntity(start, json(body), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> started = rest.withBasicAuth("team", "demo").postForEntity(start, json(body), String.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody()).contains("\"businessKey\":\"CR-" + projectNumber + "-1\"");
  }

  @Test
  void tasklistIsForEveryRoleAndCockpitForTheProjectOffice() {
    assertThat(webappLogin("lead", "tasklist")).isEqualTo(HttpStatus.OK);
    assertThat(webappLogin("lead", "cockpit")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(webappLogin("pohead", "cockpit")).isEqualTo(HttpStatus.OK);
    assertThat(webappLogin("lead", "admin")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(webappLogin("demo", "admin")).isEqualTo(HttpStatus.OK);
  }

  @Test
  void camundaModelerDeploysThroughTheEngineRestApiWithTheAdministratorsCredentials() {
    MultiValueMap<String, Object> deployment = new LinkedMultiValueMap<>();
    deployment.add("deployment-name", "modeler-check");
    deployment.add("deployment-source", "Camunda Modeler");
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentType(MediaType.APPLICATION_XML);
    fileHeaders.setContentDispositionFormData("data", "modeler-check.dmn");
    deployment.add("data", new HttpEntity<>(MODELER_TABLE, fileHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    assertThat(rest.withBasicAuth("lead", "demo").postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(deployment, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> deployed = rest.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/deployment/create", new HttpEntity<>(deployment, headers), String.class);
    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(deployed.getBody()).contains("modeler-check");
  }

  /** Signs in as the webapp's login page does: fetch a CSRF token with the session, then post the form. */
  private HttpStatus webappLogin(String user, String app) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
    String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
    String cookies = String.join("; ", page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).toList());
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", "demo");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", token);
    headers.set(HttpHeaders.COOKIE, cookies);
    return HttpStatus.valueOf(rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new HttpEntity<>(form, headers), String.class).getStatusCode().value());
  }

  private static final String MODELER_TABLE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
          xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_ModelerCheck" name="Modeler check"
          namespace="http://camunda.org/schema/1.0/dmn">
        <decision id="modeler-check" name="Modeler check" camunda:historyTimeToLive="1">
          <decisionTable id="DecisionTable_ModelerCheck">
            <input id="Input_Any"><inputExpression id="InputExpression_Any" typeRef="string"><text>any</text></inputExpression></input>
            <output id="Output_Ok" name="ok" typeRef="boolean" />
            <rule id="Rule_Always"><inputEntry id="InputEntry_Any"><text></text></inputEntry><outputEntry id="OutputEntry_Ok"><text>true</text></outputEntry></rule>
          </decisionTable>
        </decision>
      </definitions>
      """;
}
