package kz.jobalyq.system.security;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.notification.Notice;
import kz.jobalyq.notification.NotificationService;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.WebappSignIn;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Credentials: the password policy, password checks for administrators only, a throttle on wrong passwords
 * that an anonymous client cannot turn against the account's owner, comments only by those who may work on a
 * task, and a lost claim race answered 409.
 */
@IntegrationTest
class CredentialsTest {

  private static final String STRONG = "Kz-Strong-Passw0rd";

  @LocalServerPort
  private int port;
  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private NotificationService notifications;
  @Autowired
  private TestChangeRequests changeRequests;

  @Test
  void thePasswordPolicyRefusesWeakPasswordsWith400AndPublishesItsRules() {
    String id = "u" + UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<JsonNode> weak = rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/user/create",
        json(newUser(id, "1")), JsonNode.class);
    assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weak.getBody().path("message").asText()).contains("policy");
    assertThat(identityService.createUserQuery().userId(id).count()).isZero();

    assertThat(rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/user/create",
        json(newUser(id, STRONG)), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identityService.checkPassword(id, STRONG)).isTrue();

    JsonNode policy = rest.withBasicAuth("lead", "demo").getForObject("/engine-rest/identity/password-policy",
        JsonNode.class);
    assertThat(policy.path("rules").findValuesAsText("placeholder"))
        .contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_DIGIT", "PASSWORD_POLICY_SPECIAL");
  }

  @Test
  void onlyAdministratorsMayVerifyPasswords() {
    String check = "{\"username\":\"pohead\",\"password\":\"demo\"}";
    assertThat(rest.withBasicAuth("lead", "demo").postForEntity("/engine-rest/identity/verify", json(check),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> byAdmin = rest.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/identity/verify", json(check), JsonNode.class);
    assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byAdmin.getBody().path("authenticated").asBoolean()).isTrue();

    // The webapps' API has the same endpoint, behind their session.
    WebappSignIn lead = WebappSignIn.as(rest, "lead", "demo");
    org.springframework.http.HttpHeaders headers = lead.headers();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    assertThat(rest.exchange("/camunda/api/engine/engine/default/identity/verify",
        org.springframework.http.HttpMethod.POST, new org.springframework.http.HttpEntity<>(check, headers),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void wrongPasswordsFromAnotherAddressSlowThatAddressDownButNeverLockTheOwnerOut() throws Exception {
    String victim = "v" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(victim);
    user.setPassword(STRONG);
    identityService.saveUser(user);
    identityService.createMembership(victim, "project-team");

    List<Integer> answers = new ArrayList<>();
    try (CloseableHttpClient attacker = clientFrom("127.0.0.2")) {
      for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS + 3; i++) {
        answers.add(get(attacker, victim, "wrong-" + i));
      }
      assertThat(answers.subList(0, LoginThrottle.FREE_ATTEMPTS + 1)).containsOnly(401);
      assertThat(answers.subList(LoginThrottle.FREE_ATTEMPTS + 1, answers.size())).containsOnly(429);
      // Throttled, even the right password from that address is not tried.
      assertThat(get(attacker, victim, STRONG)).isEqualTo(429);
    }

    // The owner, from their own address, signs in at once — on the API and in Tasklist.
    assertThat(rest.withBasicAuth(victim, STRONG).getForEntity("/api/organisation", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(WebappSignIn.visitor(rest).login(victim, STRONG)).isEqualTo(HttpStatus.OK);
    assertThat(identityService.checkPassword(victim, STRONG)).isTrue();
  }

  @Test
  void aGroupsNoticeTakesCommentsOnlyFromThoseWhoMayWorkOnIt() {
    Task notice = notifications.notifyGroup(Role.PO_HEAD.groupId(), Notice.of(
        "hiring.notice.reviewDueTomorrow.subject", "hiring.notice.reviewDueTomorrow.message", "CRED-TEST-1",
        "2026-03-30"));
    String comments = "/engine-rest/task/" + notice.getId() + "/comment";

    // The engine itself refuses, whatever API asks.
    identityService.setAuthentication("lead", List.of("project-lead"));
    try {
      assertThatThrownBy(() -> taskService.createComment(notice.getId(), null, "бөтен"))
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> taskService.getTaskComments(notice.getId()))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(rest.withBasicAuth("lead", "demo").postForEntity(comments + "/create",
        json("{\"message\":\"бөтен\"}"), String.class).getStatusCode().is4xxClientError()).isTrue();
    assertThat(rest.withBasicAuth("lead", "demo").getForEntity(comments, String.class).getStatusCode()
        .is4xxClientError()).isTrue();
    assertThat(taskService.getTaskComments(notice.getId())).isEmpty();

    assertThat(rest.withBasicAuth("pohead", "demo").postForEntity(comments + "/create",
        json("{\"message\":\"Оқылды\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> read = rest.withBasicAuth("pohead", "demo").getForEntity(comments, JsonNode.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody().findValuesAsText("message")).containsExactly("Оқылды");
  }

  @Test
  void theSecondOfTwoUsersClaimingOneTaskGets409() throws Exception {
    String taskId = reviewTask();
    assertThat(claim("lead", taskId)).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<JsonNode> second = rest.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/claim", json("{\"userId\":\"demo\"}"), JsonNode.class);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody().path("message").asText()).contains("already been claimed");
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("lead");

    // At the same moment: one wins, the other is told so (never a 500).
    for (int round = 0; round < 3; round++) {
      String raced = reviewTask();
      CyclicBarrier start = new CyclicBarrier(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<HttpStatus>> claims = new ArrayList<>();
        for (String user : List.of("lead", "demo")) {
          Callable<HttpStatus> claim = () -> {
            start.await();
            return claim(user, raced);
          };
          claims.add(pool.submit(claim));
        }
        List<HttpStatus> statuses = new ArrayList<>();
        for (Future<HttpStatus> claim : claims) {
          statuses.add(claim.get());
        }
        assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private String reviewTask() {
    return taskService.createTaskQuery().processInstanceId(changeRequests.file().getId()).singleResult().getId();
  }

  private HttpStatus claim(String user, String taskId) {
    return HttpStatus.valueOf(rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId
        + "/claim", json("{\"userId\":\"" + user + "\"}"), String.class).getStatusCode().value());
  }

  private static String newUser(String id, String password) {
    return "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Сынақ\",\"lastName\":\"Пайдаланушы\"},"
        + "\"credentials\":{\"password\":\"" + password + "\"}}";
  }

  /** An HTTP client whose connections come from {@code address}: another machine, as the server sees it. */
  private static CloseableHttpClient clientFrom(String address) throws UnknownHostException {
    InetAddress local = InetAddress.getByName(address);
    // No automatic retries: HttpClient would otherwise wait out a 429's Retry-After and ask again.
    return HttpClients.custom().disableAutomaticRetries().setRoutePlanner(new DefaultRoutePlanner(null) {
      @Override
      protected InetAddress determineLocalAddress(HttpHost firstHop, HttpContext context) {
        return local;
      }
    }).build();
  }

  private int get(CloseableHttpClient client, String user, String password) throws IOException {
    HttpGet get = new HttpGet("http://127.0.0.1:" + port + "/api/organisation");
    get.setHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return client.execute(get, response -> response.getCode());
  }
}
