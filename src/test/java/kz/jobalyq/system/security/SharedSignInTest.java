package kz.jobalyq.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.support.WebappSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One sign-in for the webapps, our pages and /api: a person signed in to Tasklist calls /api with that session
 * and no password prompt; changes need the session's XSRF token and come from this origin, so another site's
 * page cannot make them with the person's session or with Basic credentials their browser remembers.
 * Requests are built as a browser sends them (cookies, Origin, Sec-Fetch-Site).
 */
@IntegrationTest
class SharedSignInTest {

  private static final String EVIL = "https://evil.example";

  @LocalServerPort
  private int port;
  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private TestProjects projects;

  @Test
  void someoneSignedInToTasklistIsSignedInOnTheApiWithTheSameSession() {
    WebappSignIn browser = WebappSignIn.as(rest, "lead", "demo");

    ResponseEntity<JsonNode> session = browser.session();

    assertThat(session.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(session.getBody().path("userId").asText()).isEqualTo("lead");
    assertThat(session.getBody().path("groups").toString()).contains("project-lead");
    assertThat(session.getBody().path("signedInWith").asText()).isEqualTo("session");
    assertThat(session.getBody().path("xsrfToken").asText()).hasSizeGreaterThan(30);
    // The session stays the same: a parallel request with the cookie the browser holds must still work.
    assertThat(session.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    assertThat(browser.session().getStatusCode()).isEqualTo(HttpStatus.OK);

    browser.logout();
    assertThat(browser.session().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aSameSiteFetchWithTheSessionsTokenIsAccepted() {
    ProjectSummary project = projects.ordinary();
    WebappSignIn browser = WebappSignIn.as(rest, "lead", "demo");
    HttpHeaders headers = browser.headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Requested-With", "XMLHttpRequest");
    headers.set("X-XSRF-TOKEN", browser.apiToken());
    headers.set("Origin", "http://localhost:" + port);
    headers.set("Sec-Fetch-Site", "same-origin");

    ResponseEntity<JsonNode> stored = rest.exchange("/api/archive/references", HttpMethod.POST, new HttpEntity<>(
        reference(project), headers), JsonNode.class);

    assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(stored.getBody().path("uploadedBy").asText()).isEqualTo("lead");
  }

  @Test
  void aCrossSiteFormPostWithTheSessionIsRefusedAndStoresNothing() {
    ProjectSummary project = projects.ordinary();
    WebappSignIn browser = WebappSignIn.as(rest, "lead", "demo");
    // What a top-level form on another site sends: the cookie, its own origin, no token.
    HttpHeaders headers = browser.headers();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.set("Origin", EVIL);
    headers.set("Referer", EVIL + "/trap.html");
    headers.set("Sec-Fetch-Site", "cross-site");
    headers.set("Sec-Fetch-Mode", "navigate");

    ResponseEntity<String> refused = rest.exchange("/api/archive/documents", HttpMethod.POST,
        new HttpEntity<>(upload(project), headers), String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(documentsOf(project)).isEmpty();
  }

  @Test
  void theSessionAloneIsNotEnoughWithoutItsToken() {
    ProjectSummary project = projects.ordinary();
    WebappSignIn browser = WebappSignIn.as(rest, "lead", "demo");
    HttpHeaders headers = browser.headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Origin", "http://localhost:" + port);

    assertThat(rest.exchange("/api/archive/references", HttpMethod.POST, new HttpEntity<>(reference(project),
        headers), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    headers.set("X-XSRF-TOKEN", "guessed");
    assertThat(rest.exchange("/api/archive/references", HttpMethod.POST, new HttpEntity<>(reference(project),
        headers), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // The right token from another origin is refused too.
    headers.set("X-XSRF-TOKEN", browser.apiToken());
    headers.set("Origin", EVIL);
    assertThat(rest.exchange("/api/archive/references", HttpMethod.POST, new HttpEntity<>(reference(project),
        headers), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(documentsOf(project)).isEmpty();
  }

  @Test
  void basicCredentialsTheBrowserRemembersCannotBeUsedFromAnotherSite() {
    ProjectSummary project = projects.ordinary();
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("lead", "demo");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.set("Origin", EVIL);
    headers.set("Sec-Fetch-Site", "cross-site");
    assertThat(rest.exchange("/api/archive/documents", HttpMethod.POST, new HttpEntity<>(upload(project), headers),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    HttpHeaders admin = new HttpHeaders();
    admin.setBasicAuth("demo", "demo");
    admin.set("Origin", "null");
    assertThat(rest.exchange("/api/admin/models/deploy", HttpMethod.POST, new HttpEntity<>(admin), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(documentsOf(project)).isEmpty();

    // A script sends no Origin: HTTP Basic works as before.
    HttpHeaders script = new HttpHeaders();
    script.setBasicAuth("lead", "demo");
    script.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertThat(rest.exchange("/api/archive/documents", HttpMethod.POST, new HttpEntity<>(upload(project), script),
        String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void ourPagesAreToldToSignInWithoutABrowserPasswordPromptAndScriptsGetTheBasicChallenge() {
    HttpHeaders page = new HttpHeaders();
    page.set("X-Requested-With", "XMLHttpRequest");
    ResponseEntity<JsonNode> fromPage = rest.exchange("/api/dashboard", HttpMethod.GET, new HttpEntity<>(page),
        JsonNode.class);
    assertThat(fromPage.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(fromPage.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    assertThat(fromPage.getBody().path("signIn").asText()).isEqualTo(SignInEntryPoint.SIGN_IN_PAGE);

    ResponseEntity<String> fromScript = rest.getForEntity("/api/dashboard", String.class);
    assertThat(fromScript.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(fromScript.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  @Test
  void theSessionsUserHasTheirGroupsPermissionsOnTheApi() {
    WebappSignIn lead = WebappSignIn.as(rest, "lead", "demo");
    assertThat(rest.exchange("/api/dashboard", HttpMethod.GET, new HttpEntity<>(lead.headers()), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    WebappSignIn office = WebappSignIn.as(rest, "pohead", "demo");
    assertThat(rest.exchange("/api/dashboard", HttpMethod.GET, new HttpEntity<>(office.headers()), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private JsonNode documentsOf(ProjectSummary project) {
    return rest.withBasicAuth("lead", "demo")
        .getForEntity("/api/archive/documents?project=" + project.number(), JsonNode.class).getBody();
  }

  private static String reference(ProjectSummary project) {
    return """
        {"projectNumber": "%s", "type": "OTHER", "reference": "https://docs.gov.kz/1", "title": "Сілтеме"}
        """.formatted(project.number());
  }

  private static MultiValueMap<String, Object> upload(ProjectSummary project) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource("Хаттама".getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "minutes.txt";
      }
    });
    body.add("projectNumber", project.number());
    body.add("type", "OTHER");
    body.add("title", "Басқа сайттан");
    return body;
  }
}
