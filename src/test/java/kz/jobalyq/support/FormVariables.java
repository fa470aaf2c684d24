package kz.jobalyq.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import kz.jobalyq.system.i18n.UserLanguage;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A task's form variables as Tasklist fetches them for a person who chose a language (kk or ru). */
public final class FormVariables {

  private FormVariables() {
  }

  public static JsonNode of(TestRestTemplate rest, String taskId, String user, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, UserLanguage.COOKIE + "=" + language);
    String url = "/engine-rest/task/" + taskId + "/form-variables";
    ResponseEntity<JsonNode> answer = rest.withBasicAuth(user, "demo")
        .exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    assertThat(answer.getStatusCode()).as(url + " as " + user).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  /** A text variable as the reader sees it once the form has rendered it (markdown escapes gone). */
  public static String shown(TestRestTemplate rest, String taskId, String user, String language, String name) {
    JsonNode variable = of(rest, taskId, user, language).path(name);
    assertThat(variable.path("value").isTextual()).as(name + " on the form of " + taskId).isTrue();
    return variable.path("value").asText().replaceAll("\\\\(.)", "$1");
  }
}
