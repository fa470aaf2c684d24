package kz.jobalyq.system.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.EngineStatementLog;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestGrants;
import kz.jobalyq.support.WebappSignIn;
import kz.jobalyq.system.persistence.EngineStatements;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Tasklist's page of a filter counts its tasks while it lists them ({@link FilterCountAhead}): the count on the page
 * is the reader's own (their authorisations, not the engine's whole count), the same as the filter's count asked on
 * its own, and a JSON list starts no count. The page reads its filter, and checks the reader may, once, and asks
 * the reader's authorisation bookkeeping once for the list and the count.
 */
@IntegrationTest
class FilterCountAheadTest {

  private static final String API = "/camunda/api/engine/engine/default";
  private static final String BY_DUE_DATE = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private TestChangeRequests changeRequests;
  @Autowired
  private FilterService filterService;
  @Autowired
  private AuthorizationService authorizationService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private ProcessEngine engine;

  private String everyTask;
  private String notTheLeads;

  /** A filter with no criteria of its own, readable by the lead: what it shows is what the lead may read. */
  @BeforeEach
  void filterOfEveryTask() {
    Filter filter = filterService.newTaskFilter("Every task (test)").setQuery(taskService.createTaskQuery());
    everyTask = filterService.saveFilter(filter).getId();
    TestGrants.grant(authorizationService, a -> a.setUserId("lead"), Resources.FILTER, everyTask, Permissions.READ);
    Task other = taskService.newTask();
    other.setName("Another ministry's task (test)");
    taskService.saveTask(other);
    notTheLeads = other.getId();
    taskService.addCandidateGroup(notTheLeads, "planning-unit");
  }

  @AfterEach
  void removeFilter() {
    filterService.deleteFilter(everyTask);
    taskService.deleteTask(notTheLeads, true);
  }

  @Test
  void thePageCountsTheReadersOwnTasksWhileListingThem() {
    changeRequests.file();
    HttpHeaders lead = WebappSignIn.as(rest, "lead", "demo").engineApiHeaders();
    long before = FilterCountAhead.answeredAhead();

    JsonNode page = post("/filter/" + everyTask + "/list?firstResult=0&maxResults=1000", BY_DUE_DATE, lead,
        "application/hal+json");

    assertThat(FilterCountAhead.answeredAhead()).as("the page's count was started with its list").isEqualTo(before + 1);
    int listed = page.path("_embedded").path("task").size();
    assertThat(listed).as("the lead's review of the filed request at least").isPositive();
    assertThat(page.path("count").asLong()).as("counted with the lead's authorisations, as listed").isEqualTo(listed);
    assertThat(taskService.createTaskQuery().count()).as("all open tasks, which the lead may not all read")
        .isGreaterThan(listed);
    assertThat(post("/filter/" + everyTask + "/count", BY_DUE_DATE, lead, "application/json").path("count").asLong())
        .as("the filter's count asked on its own").isEqualTo(listed);
  }

  @Test
  void thePageOfAnExtendedQueryCountsTheExtendedQuery() {
    changeRequests.file();
    HttpHeaders lead = WebappSignIn.as(rest, "lead", "demo").engineApiHeaders();
    String reviews = "{\"nameLike\":\"%·%\",\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
    long before = FilterCountAhead.answeredAhead();

    JsonNode page = post("/filter/" + everyTask + "/list?firstResult=0&maxResults=1000", reviews, lead,
        "application/hal+json");
    JsonNode all = post("/filter/" + everyTask + "/list?firstResult=0&maxResults=1000", BY_DUE_DATE, lead,
        "application/hal+json");

    assertThat(FilterCountAhead.answeredAhead()).as("both pages counted ahead, on copies of their queries")
        .isEqualTo(before + 2);
    assertThat(page.path("count").asLong()).isEqualTo(page.path("_embedded").path("task").size())
        .isLessThanOrEqualTo(all.path("count").asLong());
    assertThat(post("/filter/" + everyTask + "/count", reviews, lead, "application/json").path("count").asLong())
        .isEqualTo(page.path("count").asLong());
  }

  @Test
  void thePageReadsItsFilterOnceForItsListAndItsCount() {
    changeRequests.file();
    HttpHeaders lead = WebappSignIn.as(rest, "lead", "demo").engineApiHeaders();
    String path = "/filter/" + everyTask + "/list?firstResult=0&maxResults=1000";
    JsonNode[] answers = new JsonNode[2];

    List<String> pageStatements = EngineStatementLog.onEveryThread(engine,
        () -> answers[0] = post(path, BY_DUE_DATE, lead, "application/hal+json"));
    List<String> jsonStatements = EngineStatementLog.onEveryThread(engine,
        () -> answers[1] = post(path, BY_DUE_DATE, lead, "application/json"));

    assertThat(pageStatements).as("the resource's read, and neither the list nor the count again")
        .filteredOn(id -> id.startsWith("selectFilter")).hasSize(1);
    assertThat(pageStatements).as("the reader's authorisation bookkeeping asked once, the count on its own thread too")
        .filteredOn(id -> id.equals("selectRevokeAuthorization") || id.equals("selectAuthorizedGroupIds")
            || id.equals(EngineStatementLog.recordedId(EngineStatements.READER_GROUPS_HOLDING_AUTHORIZATIONS)))
        .hasSize(2);
    assertThat(jsonStatements).as("a JSON list reads it as the engine does: the resource, then the list")
        .filteredOn(id -> id.startsWith("selectFilter")).hasSize(2);
    JsonNode page = answers[0];
    assertThat(ids(page.path("_embedded").path("task"))).as("the same tasks, in the same order, as the JSON list")
        .isNotEmpty().isEqualTo(ids(answers[1]));
    assertThat(page.path("count").asLong()).isEqualTo(answers[1].size());
  }

  @Test
  void aFilterTheReaderMayNotReadIsRefusedOnThePage() {
    Filter filter = filterService.newTaskFilter("Not the lead's (test)").setQuery(taskService.createTaskQuery());
    String notReadable = filterService.saveFilter(filter).getId();
    try {
      ResponseEntity<JsonNode> answer = exchange("/filter/" + notReadable + "/list?firstResult=0&maxResults=15",
          BY_DUE_DATE, WebappSignIn.as(rest, "lead", "demo").engineApiHeaders(), "application/hal+json");
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    } finally {
      filterService.deleteFilter(notReadable);
    }
  }

  @Test
  void aJsonListStartsNoCount() {
    changeRequests.file();
    HttpHeaders lead = WebappSignIn.as(rest, "lead", "demo").engineApiHeaders();
    long before = FilterCountAhead.answeredAhead();

    JsonNode list = post("/filter/" + everyTask + "/list?firstResult=0&maxResults=1000", BY_DUE_DATE, lead,
        "application/json");

    assertThat(list.isArray()).isTrue();
    assertThat(list.size()).isPositive();
    assertThat(FilterCountAhead.answeredAhead()).isEqualTo(before);
  }

  @Test
  void aQueryIsCopiedWithItsCriteria() {
    TaskQuery query = taskService.createTaskQuery().taskCandidateGroupIn(List.of("project-lead", "planning-unit"))
        .processVariableValueEquals("projectNumber", "PRJ-2026-0001")
        .or().taskNameLike("%·%").taskAssignee("lead").endOr().orderByDueDate().asc();

    TaskQueryImpl copy = (TaskQueryImpl) FilterCountAhead.copyOf(query);

    assertThat(copy).isNotSameAs(query);
    assertThat(copy.getCandidateGroupsInternal()).containsExactly("project-lead", "planning-unit");
    assertThat(copy.getQueries()).hasSize(2);
    assertThat(copy.getQueries().get(1).getNameLike()).isEqualTo("%·%");
    assertThat(copy.getOrderingProperties()).hasSize(1);
    assertThat(copy.getVariables()).singleElement().satisfies(variable -> {
      assertThat(variable.getName()).isEqualTo("projectNumber");
      assertThat(variable.getValue()).isEqualTo("PRJ-2026-0001");
    });
  }

  private static List<String> ids(JsonNode tasks) {
    List<String> ids = new ArrayList<>();
    tasks.forEach(task -> ids.add(task.path("id").asText()));
    return ids;
  }

  private JsonNode post(String path, String body, HttpHeaders session, String accept) {
    ResponseEntity<JsonNode> answer = exchange(path, body, session, accept);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  /** A POST to the webapps' engine API in a signed-in session, as Tasklist sends it. */
  private ResponseEntity<JsonNode> exchange(String path, String body, HttpHeaders session, String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.putAll(session);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.valueOf(accept)));
    return rest.exchange(API + path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }
}
