package kz.jobalyq.system.web;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.escalation.ScrumAbsenceProcess;
import kz.jobalyq.hiring.HiringService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.project.ProjectLifecycleProcess;
import kz.jobalyq.support.TestCalls;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestLifecycles;
import kz.jobalyq.support.TestProjects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The malformed inputs issue 14 found answered with 500 or silently stored, replayed against /api and the
 * engine's forms (on H2, and on PostgreSQL in the -Ppostgres run): each is a 4xx naming the field at fault,
 * nothing is stored, and no answer carries SQL, table or class names.
 */
@IntegrationTest
class BadInputCorpusTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** What must never reach a client: SQL, Java class names, our and Camunda's table names. */
  private static final Pattern LEAK = Pattern.compile("(?i)(\\b(select|insert into|delete from|update \\w+ set|"
      + "sqlstate|jdbc|hibernate|constraint|psql|h2database)\\b|\\b(org|java|javax|jakarta|kz|com)\\.[a-z]+\\.|"
      + "\\bact_[a-z]{2}_|record_number_counter|scrum_(schedule|attendance)|archive_document|candidate_application|"
      + "change_request\\b|at [a-z]+\\.[a-z]+\\.)");

  @LocalServerPort
  private int port;
  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private TestProjects projects;
  @Autowired
  private TestChangeRequests changeRequests;
  @Autowired
  private TestLifecycles lifecycles;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private HiringService hiring;

  @AfterEach
  void noEngineAuthenticationLeft() {
    identityService.clearAuthentication();
  }

  // --- scrum attendance and schedules ---

  @Test
  void aScrumMeetingWithoutOrWithAnOversizedOrUnknownBaseDirectionNamesIt() {
    refused(scrumMeeting("{\"meetingDate\":\"2026-04-07\",\"attendance\":[{\"userId\":\"pghead\","
        + "\"present\":false}]}"), HttpStatus.BAD_REQUEST, "baseDirectionCode");
    refused(scrumMeeting(meeting("X".repeat(300), "2026-04-07", "pghead")), HttpStatus.BAD_REQUEST,
        "baseDirectionCode");
    refused(scrumMeeting(meeting("BD-NOWHERE", "2026-04-07", "pghead")), HttpStatus.BAD_REQUEST,
        "baseDirectionCode");
    refused(scrumSchedule("X".repeat(300), "{\"dayOfWeek\":\"TUESDAY\",\"meetingTime\":\"10:00\"}"),
        HttpStatus.BAD_REQUEST, "baseDirectionCode");
  }

  @Test
  void aNanosecondOrOtherwiseStrangeMeetingTimeIsRefused() {
    refused(scrumSchedule("BD-T", "{\"dayOfWeek\":\"TUESDAY\",\"meetingTime\":\"10:00:00.123456789\"}"),
        HttpStatus.BAD_REQUEST, "meetingTime");
    refused(scrumSchedule("BD-T", "{\"dayOfWeek\":\"TUESDAY\",\"meetingTime\":\"25:00\"}"),
        HttpStatus.BAD_REQUEST, "meetingTime");
    refused(scrumSchedule("BD-T", "{\"dayOfWeek\":\"FUNDAY\",\"meetingTime\":\"10:00\"}"),
        HttpStatus.BAD_REQUEST, "dayOfWeek");
  }

  @Test
  void attendanceOfUnknownUsersInImpossibleYearsStartsNoDisciplinaryReview() {
    long reviews = runtimeService.createProcessInstanceQuery().processDefinitionKey(ScrumAbsenceProcess.KEY).count();
    for (String date : List.of("2026-04-07", "2026-04-14", "2026-04-21", "2026-04-28")) {
      refused(scrumMeeting(meeting("BD-T", date, "ghost-user-xyz")), HttpStatus.BAD_REQUEST, "attendance");
    }
    refused(scrumMeeting(meeting("BD-T", "0001-04-07", "pghead")), HttpStatus.BAD_REQUEST, "meetingDate");
    refused(scrumMeeting(meeting("BD-T", "2999-04-07", "pghead")), HttpStatus.BAD_REQUEST, "meetingDate");
    refused(scrumMeeting("{\"baseDirectionCode\":\"BD-T\",\"meetingDate\":\"2026-04-07\",\"attendance\":"
        + "[{\"userId\":\"pghead\",\"present\":null}]}"), HttpStatus.BAD_REQUEST, "attendance[0].present");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ScrumAbsenceProcess.KEY).count())
        .isEqualTo(reviews);
  }

  // --- the working-day calendar ---

  @Test
  void datesYearsAndDayCountsOutsideTheirRangeAreRefusedAtOnce() {
    refused(get("lead", "/api/calendar/deadline?from=%2B999999999-12-31&workingDays=5"), HttpStatus.BAD_REQUEST,
        "from");
    refused(get("lead", "/api/calendar/days?year=1000000000"), HttpStatus.BAD_REQUEST, "year");
    refused(get("lead", "/api/calendar/deadline?from=2026-03-19&calendarDays=2147483647"), HttpStatus.BAD_REQUEST,
        "calendarDays");
    refused(get("lead", "/api/calendar/deadline?from=2026-03-19&workingDays=-1"), HttpStatus.BAD_REQUEST,
        "workingDays");
    refused(get("lead", "/api/calendar/days/2026-13-45"), HttpStatus.BAD_REQUEST, "date");
    refused(get("lead", "/api/calendar/deadline?from=2026-03-19&workingDays=99999999999"), HttpStatus.BAD_REQUEST,
        "workingDays");

    long started = System.nanoTime();
    refused(get("lead", "/api/calendar/deadline?from=2026-03-19&workingDays=100000000"), HttpStatus.BAD_REQUEST,
        "workingDays");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    // The largest period allowed is answered quickly too.
    started = System.nanoTime();
    assertThat(get("lead", "/api/calendar/deadline?from=2026-03-19&workingDays=2600").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  // --- JSON that is not what it claims ---

  @Test
  void textAfterTheJsonANumberForABooleanAndNulAreRefused() {
    refused(put("lead", "/api/me/preferences", "{\"language\":\"ru\",\"remindersEnabled\":false} {\"a\":1}"),
        HttpStatus.BAD_REQUEST, null);
    refused(put("lead", "/api/me/preferences", "{\"language\":\"ru\",\"remindersEnabled\":false} trailing"),
        HttpStatus.BAD_REQUEST, null);
    refused(put("lead", "/api/me/preferences", "{\"language\":\"ru\",\"remindersEnabled\":2}"),
        HttpStatus.BAD_REQUEST, "remindersEnabled");
    refused(put("lead", "/api/me/preferences", "{\"language\":\"ru\",\"remindersEnabled\":"),
        HttpStatus.BAD_REQUEST, null);
    ProjectSummary project = projects.ordinary();
    refused(post("lead", "/api/archive/references", "{\"projectNumber\":\"" + project.number() + "\","
        + "\"type\":\"OTHER\",\"reference\":\"https://docs.gov.kz/1\",\"title\":\"a\\u0000b\"}"),
        HttpStatus.BAD_REQUEST, "title");
    refused(post("lead", "/api/archive/references", "{\"projectNumber\":\"" + project.number() + "\","
        + "\"type\":\"OTHER\",\"reference\":\"https://docs.gov.kz/1\",\"description\":\"" + "ж".repeat(4001) + "\"}"),
        HttpStatus.BAD_REQUEST, "description");
    refused(rest.withBasicAuth("lead", "demo").getForEntity(URI.create("http://localhost:" + port
        + "/api/archive/documents?project=PRJ%00"), String.class), HttpStatus.BAD_REQUEST, "project");
    assertThat(documentsOf(project)).isEmpty();
  }

  // --- archive uploads ---

  @Test
  void aNulInAnUploadsNameOrFieldsAndABrokenMultipartBodyAreRefused() {
    ProjectSummary project = projects.ordinary();
    // Tomcat refuses a part header holding NUL: the whole body is refused as malformed.
    refused(multipart("lead", project, "жарғы\u0000.txt", "Жарғы"), HttpStatus.BAD_REQUEST, "multipart");
    refused(multipart("lead", project, "жарғы.txt", "Жар\u0000ғы"), HttpStatus.BAD_REQUEST, "title");

    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("lead", "demo");
    headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=XYZ"));
    byte[] cut = ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc")
        .getBytes(StandardCharsets.UTF_8);
    refused(rest.exchange("/api/archive/documents", HttpMethod.POST, new HttpEntity<>(cut, headers), String.class),
        HttpStatus.BAD_REQUEST, null);
    assertThat(documentsOf(project)).isEmpty();
  }

  // --- anonymous public applications ---

  @Test
  void anOversizedApplicationIsRefusedEvenWhenSentChunked() throws Exception {
    String call = new TestCalls(runtimeService, taskService, identityService).open();
    byte[] huge = application("Үлкен Өтінім", "x".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8);
    HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/calls/" + call
            + "/applications"))
        .header("Content-Type", "application/json")
        // An input stream of unknown length: the client sends it chunked, with no Content-Length.
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
        .build();
    HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(chunked, HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE.value());
    assertThat(answer.headers().firstValue("Content-Length")).isNotEqualTo(String.valueOf(huge.length));
    noLeak(answer.body());
    assertThat(hiring.applicationsOf(hiring.requireByNumber(call))).isEmpty();
  }

  @Test
  void fiftyIdenticalApplicationsAreStoredOnce() throws Exception {
    String call = new TestCalls(runtimeService, taskService, identityService).open();
    String body = application("Бірдей Үміткер", "PMP");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        answers.add(pool.submit(() -> rest.postForEntity("/api/public/calls/" + call + "/applications", json(body),
            String.class)));
      }
      List<HttpStatus> statuses = new ArrayList<>();
      for (Future<ResponseEntity<String>> answer : answers) {
        ResponseEntity<String> response = answer.get();
        statuses.add(HttpStatus.valueOf(response.getStatusCode().value()));
        noLeak(response.getBody());
      }
      assertThat(statuses).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
      assertThat(statuses).filteredOn(HttpStatus.CONFLICT::equals).hasSize(49);
    } finally {
      pool.shutdownNow();
    }
    assertThat(hiring.applicationsOf(hiring.requireByNumber(call))).hasSize(1);
  }

  // --- the engine's forms ---

  @Test
  void startFormsOverAFieldsMaxLengthNameTheField() {
    ProjectSummary project = projects.ordinary();
    String start = "/engine-rest/process-definition/key/" + ChangeRequestProcess.KEY + "/submit-form";
    refused(post("team", start, changeRequest(project, "ж".repeat(4001))), HttpStatus.BAD_REQUEST, "description");
    refused(post("team", start, changeRequest(project, "a\\u0000b")), HttpStatus.BAD_REQUEST, "description");
    refused(post("pomanager", "/engine-rest/process-definition/key/" + ProjectLifecycleProcess.KEY + "/submit-form",
        "{\"variables\":{\"projectName\":{\"value\":\"" + "П".repeat(501) + "\"},\"projectGroupCode\":{\"value\":"
            + "\"PG-3.3\"}}}"), HttpStatus.BAD_REQUEST, "projectName");
    // A variable no form declares is still bounded by its column.
    String extra = changeRequest(project, "Талдаушы қосу").replace("\"variables\":{",
        "\"variables\":{\"note\":{\"value\":\"" + "x".repeat(4001) + "\"},");
    refused(post("team", start, extra), HttpStatus.BAD_REQUEST, "note");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ChangeRequestProcess.KEY)
        .processInstanceBusinessKeyLike("CR-" + project.number() + "%").count()).isZero();
  }

  @Test
  void taskFormsOverAFieldsLimitsNameTheFieldAndTheTaskStays() {
    ProcessInstance filed = changeRequests.file();
    String review = taskService.createTaskQuery().processInstanceId(filed.getId()).singleResult().getId();
    refused(post("lead", "/engine-rest/task/" + review + "/submit-form", "{\"variables\":{\"reviewOutcome\":"
        + "{\"value\":\"refuse\"},\"refusalGrounds\":{\"value\":\"" + "ж".repeat(4001) + "\"}}}"),
        HttpStatus.BAD_REQUEST, "refusalGrounds");
    assertThat(taskService.createTaskQuery().taskId(review).count()).isOne();

    ProcessInstance lifecycle = lifecycles.propose(false, "lead");
    String charter = taskService.createTaskQuery().processInstanceId(lifecycle.getId()).singleResult().getId();
    String rows = "[{\\\"indicatorName\\\":\\\"" + "И".repeat(501) + "\\\",\\\"targetValue\\\":10}]";
    refused(post("lead", "/engine-rest/task/" + charter + "/submit-form", "{\"variables\":{\"targetIndicators\":"
        + "{\"value\":\"" + rows + "\",\"type\":\"Json\"},\"budget\":{\"value\":1000}}}"), HttpStatus.BAD_REQUEST,
        "targetIndicators[0].indicatorName");
    assertThat(taskService.createTaskQuery().taskId(charter).count()).isOne();
  }

  // --- helpers ---

  /** Asserts the status, that the answer names {@code field} (if given) and that it leaks nothing. */
  private static void refused(ResponseEntity<String> answer, HttpStatus status, String field) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
    String body = answer.getBody() == null ? "" : answer.getBody();
    noLeak(body);
    if (field != null) {
      assertThat(body).as("names the field").contains(field);
    }
  }

  private static void noLeak(String body) {
    assertThat(LEAK.matcher(body == null ? "" : body).find()).as("leaks internals: " + body).isFalse();
  }

  private ResponseEntity<String> scrumMeeting(String body) {
    return post("poadmin", "/api/escalation/scrum-meetings", body);
  }

  private ResponseEntity<String> scrumSchedule(String code, String body) {
    return put("poadmin", "/api/escalation/scrum-schedules/" + code, body);
  }

  private static String meeting(String code, String date, String user) {
    return "{\"baseDirectionCode\":\"" + code + "\",\"meetingDate\":\"" + date + "\",\"attendance\":[{\"userId\":\""
        + user + "\",\"present\":false}]}";
  }

  private static String changeRequest(ProjectSummary project, String description) {
    return "{\"variables\":{\"projectNumber\":{\"value\":\"" + project.number() + "\"},\"requestType\":{\"value\":"
        + "\"CHANGE\"},\"changeSubject\":{\"value\":\"TEAM\"},\"description\":{\"value\":\"" + description + "\"},"
        + "\"justification\":{\"value\":\"Көлем өсті\"}}}";
  }

  private static String application(String name, String certificate) {
    return "{\"fullName\":\"" + name + "\",\"email\":\"same@example.kz\",\"education\":\"HIGHER\","
        + "\"educationField\":\"Ақпараттық жүйелер\",\"educationInField\":true,\"fieldExperienceYears\":5,"
        + "\"projectManagementYears\":3,\"certificate\":\"" + certificate + "\",\"requestedFee\":900000}";
  }

  private ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    return rest.withBasicAuth(user, "demo").postForEntity(path, json(body), String.class);
  }

  private ResponseEntity<String> put(String user, String path, String body) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, json(body), String.class);
  }

  private ResponseEntity<String> multipart(String user, ProjectSummary project, String fileName, String title) {
    String boundary = "jobalyq" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "Content-Disposition: form-data; name=\"projectNumber\"", project.number());
    part(body, boundary, "Content-Disposition: form-data; name=\"type\"", "OTHER");
    part(body, boundary, "Content-Disposition: form-data; name=\"title\"", title);
    part(body, boundary, "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: text/plain", "Хаттама");
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
        (user + ":demo").getBytes(StandardCharsets.UTF_8)));
    headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
    return rest.exchange("/api/archive/documents", HttpMethod.POST, new HttpEntity<>(body.toByteArray(), headers),
        String.class);
  }

  private static void part(ByteArrayOutputStream body, String boundary, String headers, String content) {
    body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n" + content + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode documentsOf(ProjectSummary project) {
    try {
      return JSON.readTree(get("lead", "/api/archive/documents?project=" + project.number()).getBody());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
