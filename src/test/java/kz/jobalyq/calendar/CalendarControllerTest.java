package kz.jobalyq.calendar;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Date;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.CalendarRecalculation;
import kz.jobalyq.support.TestChangeRequests;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The calendar over HTTP: deadlines for everyone signed in, edits by administrators that move open deadlines. */
@IntegrationTest
class CalendarControllerTest {

  /** A date no other test touches: edits of the shared calendar stay out of their way. */
  private static final String EDITED_DAY = "2027-02-15";

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private TestChangeRequests changeRequests;

  @AfterEach
  void restore() {
    ClockUtil.reset();
    ResponseEntity<JsonNode> removed = rest.withBasicAuth("demo", "demo").exchange("/api/calendar/days/"
        + EDITED_DAY, HttpMethod.DELETE, null, JsonNode.class);
    if (removed.getStatusCode().is2xxSuccessful()) {
      runRecalculation(removed.getBody().path("recalculation"));
    }
  }

  @Test
  void fiveWorkingDaysFromThe19thOfMarchEndOnThe31st() {
    JsonNode answer = get("lead", "/api/calendar/deadline?from=2026-03-19&workingDays=5").getBody();

    assertThat(answer.path("deadline").asText()).isEqualTo("2026-03-31");
    assertThat(answer.path("endsAt").asText()).isEqualTo("2026-03-31T23:59:59+05:00");
    assertThat(answer.path("endInstant").asText()).isEqualTo("2026-03-31T18:59:59Z");
    assertThat(answer.path("zone").asText()).isEqualTo("Asia/Almaty");
  }

  @Test
  void tenCalendarDaysFromThe13thOfMarchEndOnThe26th() {
    JsonNode answer = get("lead", "/api/calendar/deadline?from=2026-03-13&calendarDays=10").getBody();

    assertThat(answer.path("deadline").asText()).isEqualTo("2026-03-26");
  }

  @Test
  void badQueriesAnswer400SayingWhatIsWrong() {
    assertBadRequest("/api/calendar/deadline?from=2026-03-19&workingDays=-1", "must not be negative");
    assertBadRequest("/api/calendar/deadline?from=2026-03-19", "exactly one of workingDays or calendarDays");
    assertBadRequest("/api/calendar/deadline?from=2026-03-19&workingDays=1&calendarDays=1", "exactly one");
    assertBadRequest("/api/calendar/deadline?from=19.03.2026&workingDays=1", "ISO date");
    assertBadRequest("/api/calendar/deadline?from=2026-03-19&workingDays=five", "whole number");
  }

  @Test
  void theCalendarIsForSignedInUsersAndItsEditsForAdministrators() {
    assertThat(rest.getForEntity("/api/calendar/deadline?workingDays=1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(put("lead", EDITED_DAY, "HOLIDAY", "Сынақ").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("lead", "demo").getForEntity("/api/calendar/recalculations", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> weekday = put("demo", "2027-02-16", "WORKING_DAY", "Сынақ");
    assertThat(weekday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weekday.getBody().path("detail").asText()).contains("Saturday or Sunday");
  }

  @Test
  void theSeededYearListsItsHolidays() {
    JsonNode days = get("lead", "/api/calendar/days?year=2026").getBody();

    assertThat(days).anySatisfy(day -> {
      assertThat(day.path("date").asText()).isEqualTo("2026-03-24");
      assertThat(day.path("kind").asText()).isEqualTo("DAY_OFF");
      assertThat(day.path("working").asBoolean()).isFalse();
    });
  }

  @Test
  void anAddedHolidayMovesOpenTaskDueDatesAndTimersAndRemovingItMovesThemBack() {
    // Wednesday 10 February 2027: five working days end on Wednesday the 17th, three on Monday the 15th.
    ClockUtil.setCurrentTime(date("2027-02-10T09:00:00+05:00"));
    ProcessInstance changeRequest = changeRequests.file();
    ProcessInstance timed = startTimedCheck();
    assertThat(reviewDue(changeRequest)).isEqualTo(date("2027-02-17T23:59:59+05:00"));
    assertThat(timerDue(timed)).isEqualTo(date("2027-02-15T23:59:59+05:00"));
    ClockUtil.setCurrentTime(date("2027-02-11T15:00:00+05:00"));
    long queuedBefore = recalculationJobs();

    ResponseEntity<JsonNode> added = put("demo", EDITED_DAY, "DAY_OFF", "Үкімет қаулысымен ауыстырылған демалыс");

    // The edit answers at once; the deadlines move as the recalculation's jobs run.
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode started = added.getBody().path("recalculation");
    assertThat(started.path("total").asInt()).isPositive();
    assertThat(started.path("finished").asBoolean()).isFalse();
    assertThat(reviewDue(changeRequest)).as("not yet moved").isEqualTo(date("2027-02-17T23:59:59+05:00"));
    // The edit only counted them: one planning job lists the deadlines and queues the chunks.
    assertThat(recalculationJobs()).isEqualTo(queuedBefore + 1);
    JsonNode finished = runRecalculation(started);
    assertThat(finished.path("total").asInt()).isEqualTo(started.path("total").asInt());
    assertThat(finished.path("done").asInt()).isEqualTo(finished.path("total").asInt());
    assertThat(finished.path("percent").asInt()).isEqualTo(100);
    assertThat(finished.path("moved").asInt()).isGreaterThanOrEqualTo(2);
    // The latest runs, the latest first, as the calendar page lists them.
    assertThat(get("demo", "/api/calendar/recalculations").getBody().get(0).path("id").asLong())
        .isEqualTo(started.path("id").asLong());
    // Counted from when they were created, not from the edit: one working day later each.
    assertThat(reviewDue(changeRequest)).isEqualTo(date("2027-02-18T23:59:59+05:00"));
    assertThat(timerDue(timed)).isEqualTo(date("2027-02-16T23:59:59+05:00"));
    // A chunk run again moves nothing twice.
    runRecalculation(put("demo", EDITED_DAY, "DAY_OFF", "Сол күн қайта сақталды").getBody().path("recalculation"));
    assertThat(reviewDue(changeRequest)).isEqualTo(date("2027-02-18T23:59:59+05:00"));

    runRecalculation(rest.withBasicAuth("demo", "demo").exchange("/api/calendar/days/" + EDITED_DAY,
        HttpMethod.DELETE, null, JsonNode.class).getBody().path("recalculation"));

    assertThat(reviewDue(changeRequest)).isEqualTo(date("2027-02-17T23:59:59+05:00"));
    assertThat(timerDue(timed)).isEqualTo(date("2027-02-15T23:59:59+05:00"));
  }

  @Test
  void aRecalculationsProgressIsForAdministratorsAndAnUnknownOneIsNamed() {
    assertThat(rest.withBasicAuth("lead", "demo").getForEntity("/api/calendar/recalculations/1", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> unknown = rest.withBasicAuth("demo", "demo")
        .getForEntity("/api/calendar/recalculations/999999", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("999999");
  }

  private long recalculationJobs() {
    return managementService.createJobQuery().processDefinitionKey(DeadlineRecalculations.JOB_MARKER).count();
  }

  /** Runs the recalculation's chunk jobs as the job executor would, and answers its progress once done. */
  private JsonNode runRecalculation(JsonNode started) {
    CalendarRecalculation.runQueued(managementService);
    return get("demo", started.path("progress").asText()).getBody();
  }

  private ProcessInstance startTimedCheck() {
    String key = "calendar-timer-check";
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
          .startEvent()
          .userTask("Task_Wait").camundaCandidateGroups("po-admin")
          .boundaryEvent("BoundaryEvent_Overdue").timerWithDate("${workingDays.fromNow(3)}")
          .endEvent()
          .moveToActivity("Task_Wait").endEvent()
          .done();
      repositoryService.createDeployment().name("calendar-test").addModelInstance(key + ".bpmn", model).deploy();
    }
    return runtimeService.startProcessInstanceByKey(key);
  }

  private Date reviewDue(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate();
  }

  private Date timerDue(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult()
        .getDuedate();
  }

  private ResponseEntity<JsonNode> get(String user, String path) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response;
  }

  private ResponseEntity<JsonNode> put(String user, String day, String kind, String name) {
    String body = "{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\"}";
    return rest.withBasicAuth(user, "demo").exchange("/api/calendar/days/" + day, HttpMethod.PUT, json(body),
        JsonNode.class);
  }

  private void assertBadRequest(String path, String message) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("lead", "demo").getForEntity(path, JsonNode.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("detail").asText()).as(path).contains(message);
  }

  private static Date date(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }
}
