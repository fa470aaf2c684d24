package kz.jobalyq.planning.financing;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.planning.financing.FinancingAgreementProcess.Vars;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Signs agreements, moves the engine clock, fires timers, completes tasks as demo users and calls our API, for
 * the financing-agreement tests. The agreement of every test is signed on 2 and 10 March 2026: t0 = 10 March
 * 2026, M36 = 10 March 2029, M60 = 10 March 2031, M84 = 10 March 2033, M90 = 10 September 2033.
 */
final class FinancingTestSupport {

  static final String API = "/api/financing/agreements/";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final TestRestTemplate rest;

  FinancingTestSupport(RuntimeService runtime, TaskService tasks, ManagementService management,
      IdentityService identity, TestRestTemplate rest) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
    this.rest = rest;
  }

  /** The national coordinator registers the agreement the day after the last signature. */
  ProcessInstance sign() {
    at("2026-03-11T10:00:00+05:00");
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.TITLE, "Мемлекеттік секторды реформалау және жаңғырту");
    form.put(Vars.LEGAL_BASIS, "ҚР Үкіметінің 2011 жылғы № 688 қаулысы");
    form.put(Vars.EU_CONTRIBUTION, 10000000);
    form.put(Vars.CONTINGENCY_RESERVE, 700000);
    form.put(Vars.BENEFICIARY_SIGNED_ON, "2026-03-02");
    form.put(Vars.COMMISSION_SIGNED_ON, "2026-03-10");
    identity.setAuthentication("natcoord", List.of("national-coordinator"));
    ProcessInstance started;
    try {
      started = runtime.startProcessInstanceByKey(FinancingAgreementProcess.KEY, form);
    } finally {
      identity.clearAuthentication();
    }
    // The business key is set by the registration step, after the start.
    return runtime.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
  }

  /** A service contract signed and paid well before M36, so the agreement survives its cut-off. */
  void contractInPayment(ProcessInstance instance, String reference) {
    at("2026-04-02T10:00:00+05:00");
    assertThat(registerContract(instance, reference, "SERVICE", "2026-04-01", 4600000).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    at("2026-06-01T10:00:00+05:00");
    assertThat(pay(instance, reference, "PAY-" + reference + "-1", 250000, "2026-06-01").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  ResponseEntity<JsonNode> registerContract(ProcessInstance instance, String reference, String type, String signedOn,
      long amount) {
    return post("eudelegation", instance, "contracts", "{\"reference\":\"" + reference + "\",\"type\":\"" + type
        + "\",\"title\":\"" + type + " келісімшарты\",\"contractor\":\"Consortium EU-KZ\",\"amount\":" + amount
        + ",\"signedOn\":\"" + signedOn + "\"}");
  }

  ResponseEntity<JsonNode> pay(ProcessInstance instance, String contract, String reference, long amount,
      String paidOn) {
    return post("commission", instance, "payments", "{\"contractReference\":\"" + contract
        + "\",\"paymentReference\":\"" + reference + "\",\"amount\":" + amount + ",\"paidOn\":\"" + paidOn + "\"}");
  }

  ResponseEntity<JsonNode> post(String user, ProcessInstance instance, String collection, String body) {
    return rest.withBasicAuth(user, "demo").postForEntity(API + instance.getBusinessKey() + "/" + collection,
        json(body), JsonNode.class);
  }

  /** As {@link #post}, by a user who reads Russian (the browser's Accept-Language). */
  ResponseEntity<JsonNode> postInRussian(String user, ProcessInstance instance, String collection, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "ru");
    return rest.withBasicAuth(user, "demo").postForEntity(API + instance.getBusinessKey() + "/" + collection,
        new HttpEntity<>(body, headers), JsonNode.class);
  }

  JsonNode agreement(ProcessInstance instance) {
    ResponseEntity<JsonNode> answer = rest.withBasicAuth("natcoord", "demo")
        .getForEntity(API + instance.getBusinessKey(), JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  /** The agreement as a reader who chose Russian reads it. */
  JsonNode agreementInRussian(ProcessInstance instance) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, kz.jobalyq.system.i18n.UserLanguage.COOKIE + "=ru");
    ResponseEntity<JsonNode> answer = rest.withBasicAuth("natcoord", "demo").exchange(
        API + instance.getBusinessKey(), org.springframework.http.HttpMethod.GET, new HttpEntity<>(headers),
        JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  JsonNode contract(ProcessInstance instance, String reference) {
    for (JsonNode contract : agreement(instance).path("contracts")) {
      if (reference.equals(contract.path("reference").asText())) {
        return contract;
      }
    }
    throw new AssertionError("no contract " + reference);
  }

  /** Passes the M36 cut-off (the agreement must have a paid contract to survive it). */
  void passCutoff(ProcessInstance instance) {
    fire(instance, FinancingAgreementProcess.TIMER_CUTOFF, "2029-03-10T23:59:59+05:00");
  }

  Job timer(ProcessInstance instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  List<Job> timers(ProcessInstance instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
  }

  /** Moves the clock to {@code moment} and runs the timer waiting at {@code activityId}. */
  void fire(ProcessInstance instance, String activityId, String moment) {
    Job job = timer(instance, activityId);
    assertThat(job).as("timer at " + activityId).isNotNull();
    at(moment);
    management.executeJob(job.getId());
  }

  Task task(ProcessInstance instance, String definitionKey) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(definitionKey)
        .singleResult();
  }

  List<Task> tasks(ProcessInstance instance, String definitionKey) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(definitionKey).list();
  }

  void complete(Task task, String user, Map<String, Object> variables) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Notices (process-less tasks) of a group whose subject starts with the agreement's number. */
  List<Task> notices(String group, ProcessInstance instance) {
    return tasks.createTaskQuery().taskCandidateGroup(group).taskNameLike(instance.getBusinessKey() + "%").list()
        .stream().filter(task -> task.getProcessInstanceId() == null).toList();
  }

  static void at(String moment) {
    ClockUtil.setCurrentTime(date(moment));
  }

  static Date date(String moment) {
    return Date.from(OffsetDateTime.parse(moment).toInstant());
  }
}
