package kz.jobalyq.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import kz.jobalyq.OwnEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A production start (no dev profile) on a fresh database: no demo users, and the administrator is
 * the one the environment names. Runs on its own in-memory H2 database, since the shared test
 * database already holds the demo users.
 */
@OwnEngine
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:jobalyq-prod-like;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password=",
    "JOBALYQ_ADMIN_USERNAME=chief",
    "JOBALYQ_ADMIN_PASSWORD=" + OutsideDevProfileTest.PASSWORD})
@ActiveProfiles({"prod", "test"})
class OutsideDevProfileTest {

  /** Passes the password policy, which the administrator's password must. */
  static final String PASSWORD = "From-The-Environment-1";

  @Autowired
  private IdentityService identityService;
  @Autowired
  private TestRestTemplate rest;

  @Test
  void onlyTheAdministratorFromTheEnvironmentExists() {
    assertThat(identityService.createUserQuery().list()).extracting(User::getId).containsExactly("chief");
    assertThat(identityService.checkPassword("chief", PASSWORD)).isTrue();
    assertThat(identityService.createUserQuery().userId("chief").memberOfGroup(Role.ADMIN_GROUP).count()).isOne();
    assertThat(identityService.createGroupQuery().groupId(Role.PROJECT_LEAD.groupId()).count()).isOne();
  }

  @Test
  void productionShipsWithoutSwaggerAndWithSecureCookiesAndHeaders() {
    assertThat(rest.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/swagger-ui.html", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<String> webapp = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(webapp.getHeaders().get(HttpHeaders.SET_COOKIE)).isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("secure"));

    ResponseEntity<String> dashboard = rest.getForEntity("/dashboard.html", String.class);
    assertThat(dashboard.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(dashboard.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
