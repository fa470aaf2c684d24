package kz.jobalyq.system.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestMail;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Prometheus scrapes /actuator/prometheus as a monitoring user; the figures move as work is done: open and
 * overdue tasks by process and role, the job backlog, mail queued and sent, change requests waiting, and the
 * engine's own counters.
 */
@IntegrationTest
class PrometheusMetricsTest {

  private static final String KEY = "metrics-check";

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private PeriodicGauges gauges;
  @Autowired
  private TestChangeRequests changeRequests;

  /** The throwaway model's deployment, if a test made one. */
  private String deployment;

  @AfterEach
  void resetClockAndRemoveTheModel() {
    ClockUtil.reset();
    // Its open tasks are the project-lead group's, with a grant each: left behind, every project lead of a later
    // test would read beyond their own records' tasks.
    if (deployment != null) {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  @Test
  void onlyAdministratorsAndMonitoringReadTheMetrics() {
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("lead", "demo").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> scrape = rest.withBasicAuth("demo", "demo").getForEntity("/actuator/prometheus",
        String.class);
    assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(scrape.getBody()).contains("# TYPE camunda_engine_metric_total counter", "jvm_memory_used_bytes");
    assertThat(Role.MONITORING_GROUP).isEqualTo("monitoring");
  }

  @Test
  void requestsAreTimedButNotEachRepositoryCallOrSecurityFilterInThem() {
    // A request that reads the calendar through its repository, and passes every security filter.
    assertThat(rest.withBasicAuth("lead", "demo").getForEntity(
        "/api/calendar/deadline?from=2026-03-19&workingDays=5", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    String scrape = rest.withBasicAuth("demo", "demo").getForEntity("/actuator/prometheus", String.class).getBody();

    assertThat(scrape).contains("http_server_requests_seconds_count")
        .doesNotContain("spring_data_repository_invocations").doesNotContain("spring_security_filterchains");
  }

  @Test
  void theFiguresMoveWhenWorkIsDone() {
    deployment = repositoryService.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn",
        Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Metrics").name("Metrics").camundaCandidateGroups(Role.PROJECT_LEAD.groupId())
            .camundaDueDate("${dateTime().plusHours(1).toDate()}").endEvent().done()).deploy().getId();
    TestMail.deliver(managementService);
    String before = scrape();

    runtimeService.startProcessInstanceByKey(KEY, Map.of());
    runtimeService.startProcessInstanceByKey(KEY, Map.of());
    changeRequests.file();
    managementService.reportDbMetricsNow();
    String during = scrape();

    String openLeads = "jobalyq_tasks_open{application=\"jobalyq\",process=\"" + KEY + "\",role=\"project-lead\"}";
    assertThat(value(during, openLeads) - value(before, openLeads)).isEqualTo(2);
    assertThat(value(during, "jobalyq_change_requests_waiting{") - value(before, "jobalyq_change_requests_waiting{"))
        .isEqualTo(1);
    String mailEvents = "jobalyq_mail_queued{application=\"jobalyq\",stage=\"event\"}";
    assertThat(value(during, mailEvents) - value(before, mailEvents)).isGreaterThanOrEqualTo(3);
    String mailBacklog = "jobalyq_jobs_backlog{application=\"jobalyq\",process=\"jobalyq-mail\"}";
    assertThat(value(during, mailBacklog) - value(before, mailBacklog)).isGreaterThanOrEqualTo(3);
    String started = "camunda_engine_metric_total{application=\"jobalyq\",name=\"root-process-instance-start\"}";
    assertThat(value(during, started) - value(before, started)).isGreaterThanOrEqualTo(3);

    TestMail.deliver(managementService);
    String delivered = scrape();
    assertThat(value(delivered, mailEvents)).isZero();
    assertThat(value(delivered, "jobalyq_mail_sent_total{") - value(during, "jobalyq_mail_sent_total{"))
        .isGreaterThanOrEqualTo(2);

    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 2 * 3600 * 1000));
    String overdue = "jobalyq_tasks_overdue{application=\"jobalyq\",process=\"" + KEY + "\"}";
    assertThat(value(scrape(), overdue)).isEqualTo(2);
  }

  private String scrape() {
    gauges.refresh();
    return rest.withBasicAuth("demo", "demo").getForObject("/actuator/prometheus", String.class);
  }

  /** The sum of the series whose line starts with {@code series} (a name with some of its labels). */
  private static double value(String scrape, String series) {
    return Arrays.stream(scrape.split("\n")).filter(line -> line.startsWith(series))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
  }
}
