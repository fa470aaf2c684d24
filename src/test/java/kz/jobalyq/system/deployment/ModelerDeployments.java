package kz.jobalyq.system.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Deployments as Camunda Modeler makes them: multipart to the engine API, source "Camunda Modeler", as {@code demo}. */
final class ModelerDeployments {

  /** A refused deployment's whole answer and its one problem. */
  record Refusal(JsonNode answer, JsonNode problem) {
  }

  private ModelerDeployments() {
  }

  /** Deploys the files (name → content), each under its own name. */
  static ResponseEntity<JsonNode> deploy(TestRestTemplate rest, String deploymentName, Map<String, String> files) {
    MultiValueMap<String, Object> deployment = new LinkedMultiValueMap<>();
    deployment.add("deployment-name", deploymentName);
    deployment.add("deployment-source", "Camunda Modeler");
    files.forEach((name, content) -> {
      HttpHeaders fileHeaders = new HttpHeaders();
      fileHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
      fileHeaders.setContentDispositionFormData(name, name);
      deployment.add(name, new HttpEntity<>(content.getBytes(StandardCharsets.UTF_8), fileHeaders));
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(deployment, headers), JsonNode.class);
  }

  /**
   * Deploys one file that must be refused: 400 {@code ParseException} with exactly one problem of that file in its
   * details, and nothing deployed.
   */
  static Refusal refused(TestRestTemplate rest, RepositoryService repositoryService, String deploymentName,
      String fileName, String content) {
    long deployments = repositoryService.createDeploymentQuery().count();

    ResponseEntity<JsonNode> answer = deploy(rest, deploymentName, Map.of(fileName, content));

    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("type").asText()).isEqualTo("ParseException");
    JsonNode errors = answer.getBody().path("details").path(fileName).path("errors");
    assertThat(errors).as("the problems of %s in %s", fileName, answer.getBody()).hasSize(1);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    return new Refusal(answer.getBody(), errors.get(0));
  }
}
