package kz.jobalyq.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.WebappSignIn;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A task filter's list, as Tasklist asks it, through both REST applications: answered with the JSON mapper built
 * once ({@link RestObjectMapper}), not a new one per lookup, and written as Camunda writes it (its date format).
 */
@IntegrationTest
class RestObjectMapperTest {

  /** Camunda's REST date format, {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}. */
  private static final String CAMUNDA_DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}";

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private TestChangeRequests changeRequests;

  @Test
  void engineRestListsAFilterWithTheMapperBuiltOnce() {
    ProcessInstance filed = changeRequests.file();
    HttpHeaders basic = new HttpHeaders();
    basic.setBasicAuth("lead", "demo");
    long before = RestObjectMapper.Resolver.lookups();

    JsonNode page = firstFilterPage("/engine-rest", basic);

    assertThat(RestObjectMapper.Resolver.lookups()).as("Jersey asked our resolver").isGreaterThan(before);
    assertReviewListed(page, filed);
  }

  @Test
  void theWebappsEngineApiListsAFilterWithTheMapperBuiltOnce() {
    ProcessInstance filed = changeRequests.file();
    HttpHeaders session = WebappSignIn.as(rest, "lead", "demo").engineApiHeaders();
    long before = RestObjectMapper.Resolver.lookups();

    JsonNode page = firstFilterPage("/camunda/api/engine/engine/default", session);

    assertThat(RestObjectMapper.Resolver.lookups()).as("Jersey asked our resolver").isGreaterThan(before);
    assertReviewListed(page, filed);
  }

  /** The first page of the lead's first task filter ("Менің жұмысым"), 50 by due date, as HAL like Tasklist. */
  private JsonNode firstFilterPage(String api, HttpHeaders headers) {
    ResponseEntity<JsonNode> filters = rest.exchange(api + "/filter?resourceType=Task", HttpMethod.GET,
        new HttpEntity<>(headers), JsonNode.class);
    assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
    String filterId = filters.getBody().path(0).path("id").asText();
    HttpHeaders post = new HttpHeaders();
    post.putAll(headers);
    post.setContentType(MediaType.APPLICATION_JSON);
    post.setAccept(java.util.List.of(MediaType.valueOf("application/hal+json")));
    ResponseEntity<JsonNode> page = rest.exchange(api + "/filter/" + filterId + "/list?firstResult=0&maxResults=50",
        HttpMethod.POST, new HttpEntity<>("{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}", post),
        JsonNode.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    return page.getBody();
  }

  private static void assertReviewListed(JsonNode page, ProcessInstance filed) {
    JsonNode review = null;
    for (JsonNode task : page.path("_embedded").path("task")) {
      if (task.path("processInstanceId").asText().equals(filed.getId())) {
        review = task;
      }
    }
    assertThat(review).as("the lead's review of " + filed.getBusinessKey()).isNotNull();
    assertThat(review.path("name").asText()).startsWith(filed.getBusinessKey());
    assertThat(review.path("created").asText()).matches(CAMUNDA_DATE);
    assertThat(review.path("due").asText()).matches(CAMUNDA_DATE);
    assertThat(page.path("count").asLong()).isPositive();
  }
}
