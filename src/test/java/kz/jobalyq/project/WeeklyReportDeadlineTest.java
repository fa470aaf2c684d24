package kz.jobalyq.project;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Date;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.CalendarRecalculation;
import kz.jobalyq.support.TestLifecycles;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The weekly report's deadline (§96) is the one calendar edits move: the life-cycle view shows the moved
 * due date, and filing on time or late is judged against it — no stale copy is kept.
 */
@IntegrationTest
class WeeklyReportDeadlineTest {

  /** Saturday after the week of Monday 7 June 2027, made a working day by the test's calendar edit. */
  private static final String TRANSFERRED_SATURDAY = "2027-06-12";

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private TestLifecycles lifecycles;
  @Autowired
  private TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    init(engine);
    ClockUtil.setCurrentTime(date("2027-06-07T09:00:00+05:00"));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    rest.withBasicAuth("demo", "demo").exchange("/api/calendar/days/" + TRANSFERRED_SATURDAY, HttpMethod.DELETE,
        null, String.class);
    CalendarRecalculation.runQueued(engine.getManagementService());
  }

  @Test
  void aCalendarEditMovesTheWeeklyReportsDueDateInTheViewAndInTheJudgementOfLateness() {
    ProcessInstance instance = lifecycles.propose(false);
    lifecycles.throughPlanning(instance, "GROUP");
    assertThat(task(ProjectLifecycleProcess.TASK_WEEKLY_REPORT, instance).getDueDate())
        .isEqualTo(date("2027-06-11T23:59:59+05:00"));
    assertThat(report(instance).path("dueAt").asText()).isEqualTo("2027-06-11T18:59:59Z");

    // The government moves a working day onto Saturday: the week's last working day is now Saturday.
    assertThat(rest.withBasicAuth("demo", "demo").exchange("/api/calendar/days/" + TRANSFERRED_SATURDAY,
        HttpMethod.PUT, json("{\"kind\":\"WORKING_DAY\",\"name\":\"Ауыстырылған жұмыс күні\"}"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    CalendarRecalculation.runQueued(engine.getManagementService());

    assertThat(task(ProjectLifecycleProcess.TASK_WEEKLY_REPORT, instance).getDueDate())
        .isEqualTo(date("2027-06-12T23:59:59+05:00"));
    JsonNode open = report(instance);
    assertThat(open.path("dueAt").asText()).isEqualTo("2027-06-12T18:59:59Z");
    assertThat(open.path("status").asText()).isEqualTo("DUE");

    // Filed on Saturday morning: after the old deadline, on time against the moved one.
    ClockUtil.setCurrentTime(date("2027-06-12T10:00:00+05:00"));
    complete(task(ProjectLifecycleProcess.TASK_WEEKLY_REPORT, instance), TestLifecycles.weeklyReport(false));

    JsonNode filed = report(instance);
    assertThat(filed.path("status").asText()).isEqualTo("FILED");
    assertThat(filed.path("dueAt").asText()).isEqualTo("2027-06-12T18:59:59Z");
  }

  private JsonNode report(ProcessInstance instance) {
    JsonNode lifecycle = rest.withBasicAuth("pohead", "demo")
        .getForObject("/api/projects/" + instance.getBusinessKey() + "/lifecycle", JsonNode.class);
    return lifecycle.path("weeklyReports").get(0);
  }

  private static Date date(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }
}
