package kz.jobalyq.system.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.jobalyq.OwnEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A broken model in the configured folder does not stop the platform: it starts, logs what is
 * wrong, and an administrator's redeploy over HTTP answers 400 naming the file and line.
 */
@OwnEngine
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:jobalyq-broken-models;DB_CLOSE_DELAY=-1",
    "jobalyq.models.fail-on-error=false"})
@ActiveProfiles({"dev", "test"})
class BrokenModelsAtStartupTest {

  private static final Path MODELS = createBrokenModels();

  @DynamicPropertySource
  static void modelsLocation(DynamicPropertyRegistry registry) {
    registry.add("jobalyq.models.location", MODELS::toString);
  }

  @Autowired
  private TestRestTemplate rest;

  @Test
  void thePlatformStartsAndARedeployNamesTheBrokenFile() {
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> anonymous = rest.postForEntity("/api/admin/models/deploy", null, String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> notAdmin = rest.withBasicAuth("lead", "demo")
        .postForEntity("/api/admin/models/deploy", null, String.class);
    assertThat(notAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> refused = rest.withBasicAuth("demo", "demo")
        .postForEntity("/api/admin/models/deploy", null, String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("\"file\":\"processes/broken.bpmn\"").contains("\"line\":4").contains("bpmn:process");
  }

  private static Path createBrokenModels() {
    try {
      Path models = Files.createTempDirectory("jobalyq-broken-models");
      Files.createDirectories(models.resolve("processes"));
      Files.writeString(models.resolve("processes/broken.bpmn"), """
          <?xml version="1.0" encoding="UTF-8"?>
          <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Broken" targetNamespace="http://jobalyq.kz/test">
            <bpmn:process id="broken" isExecutable="true">
          </bpmn:definitions>
          """);
      return models;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
