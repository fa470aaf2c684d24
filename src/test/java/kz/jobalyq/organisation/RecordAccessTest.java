package kz.jobalyq.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.i18n.UserLanguage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A project's records over our API are its people's and the ministry-wide watchers': another project's
 * lead gets 403 for its life cycle, change requests and archive, as in Tasklist.
 */
@IntegrationTest
class RecordAccessTest {

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private TestProjects projects;
  @Autowired
  private TestChangeRequests changeRequests;

  @Test
  void aProjectsRecordsAreReadByItsPeopleAndTheProjectOfficeOnly() {
    ProjectSummary project = projects.ordinary();
    String request = changeRequests.file(project, "team").getBusinessKey();

    for (String url : new String[] {"/api/projects/" + project.number(), "/api/projects/" + project.number()
        + "/lifecycle", "/api/projects/" + project.number() + "/change-requests", "/api/change-requests/" + request,
        "/api/archive/documents?project=" + project.number()}) {
      assertThat(status(url, "lead")).as("its lead: " + url).isEqualTo(HttpStatus.OK);
      assertThat(status(url, "pghead")).as("its group head: " + url).isEqualTo(HttpStatus.OK);
      assertThat(status(url, "pomanager")).as("the project office: " + url).isEqualTo(HttpStatus.OK);
      assertThat(status(url, "lead2")).as("another project's lead: " + url).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(status(url, "pghead2")).as("another group's head: " + url).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(status("/api/projects/PRJ-1999-0001/lifecycle", "lead")).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aRecordThatIsNotThereIsNamedInTheReadersLanguage() {
    assertThat(notFound("/api/projects/PRJ-1999-0001/lifecycle", "kk")).contains("Жоба табылмады: PRJ-1999-0001");
    assertThat(notFound("/api/projects/PRJ-1999-0001/lifecycle", "ru")).contains("Проект не найден: PRJ-1999-0001");
    assertThat(notFound("/api/change-requests/CR-1999-0001", "ru"))
        .contains("Запрос на изменение не найден: CR-1999-0001");
  }

  private String notFound(String url, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, UserLanguage.COOKIE + "=" + language);
    ResponseEntity<String> answer = rest.withBasicAuth("pomanager", "demo").exchange(url, HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
    assertThat(answer.getStatusCode()).as(url).isEqualTo(HttpStatus.NOT_FOUND);
    return answer.getBody();
  }

  private HttpStatus status(String url, String user) {
    return HttpStatus.valueOf(rest.withBasicAuth(user, "demo").getForEntity(url, String.class).getStatusCode()
        .value());
  }
}
