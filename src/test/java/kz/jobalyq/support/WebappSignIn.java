package kz.jobalyq.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Signs in to the webapps as a browser does — open a page (session and XSRF cookie), post the login form with
 * the token — and keeps the cookies, so a test can then call our pages' API with that session.
 */
public final class WebappSignIn {

  private final TestRestTemplate rest;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String webappToken;

  private WebappSignIn(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** A browser that opened a webapp page but has not signed in. */
  public static WebappSignIn visitor(TestRestTemplate rest) {
    WebappSignIn browser = new WebappSignIn(rest);
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    browser.keep(page);
    browser.webappToken = page.getHeaders().getFirst("X-XSRF-TOKEN");
    return browser;
  }

  /** Signed in to Tasklist as {@code user}. */
  public static WebappSignIn as(TestRestTemplate rest, String user, String password) {
    WebappSignIn browser = visitor(rest);
    HttpStatus status = browser.login(user, password);
    if (status != HttpStatus.OK) {
      throw new IllegalStateException("login of " + user + " answered " + status);
    }
    return browser;
  }

  public HttpStatus login(String user, String password) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", webappToken);
    ResponseEntity<String> answer = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>(form, headers), String.class);
    keep(answer);
    // The login gives a new session; the webapps' next page gives it its token.
    ResponseEntity<String> page = rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
        new HttpEntity<>(headers()), String.class);
    keep(page);
    if (page.getHeaders().getFirst("X-XSRF-TOKEN") != null) {
      webappToken = page.getHeaders().getFirst("X-XSRF-TOKEN");
    }
    return HttpStatus.valueOf(answer.getStatusCode().value());
  }

  /** Signs out of the webapps as Tasklist's menu does. */
  public void logout() {
    HttpHeaders headers = headers();
    headers.set("X-XSRF-TOKEN", webappToken);
    keep(rest.postForEntity("/camunda/api/admin/auth/user/default/logout", new HttpEntity<>(headers),
        String.class));
  }

  /** The headers of this browser's requests: its cookies. */
  public HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    if (!cookies.isEmpty()) {
      headers.set(HttpHeaders.COOKIE, cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .collect(Collectors.joining("; ")));
    }
    return headers;
  }

  /** What our pages' script sends to read the session: {@code GET /api/session} as XMLHttpRequest. */
  public ResponseEntity<JsonNode> session() {
    HttpHeaders headers = headers();
    headers.set("X-Requested-With", "XMLHttpRequest");
    return rest.exchange("/api/session", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
  }

  /** The session's headers with the XSRF token the webapps' engine API asks for with every POST, as Tasklist sends. */
  public HttpHeaders engineApiHeaders() {
    HttpHeaders headers = headers();
    headers.set("X-XSRF-TOKEN", webappToken);
    return headers;
  }

  /** The XSRF token our pages send with changes. */
  public String apiToken() {
    return session().getBody().path("xsrfToken").asText();
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  /** The id of this browser's session as stored in the database (Spring Session's cookie holds it Base64-encoded). */
  public String sessionId() {
    return new String(Base64.getDecoder().decode(cookie("JSESSIONID")), StandardCharsets.UTF_8);
  }

  private void keep(ResponseEntity<?> answer) {
    List<String> setCookies = answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    for (String setCookie : setCookies) {
      String pair = setCookie.split(";", 2)[0];
      int equals = pair.indexOf('=');
      if (equals > 0) {
        cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
      }
    }
  }
}
