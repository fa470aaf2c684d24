package kz.jobalyq.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.WebappSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in lives in the database, not in one node's memory (README, Scale out): every node behind a load
 * balancer reads it from there, so a person stays signed in whichever node answers. ops/two-nodes/run shows it
 * with two real nodes; here, the row is what signs the browser in: without it, the same cookie is a stranger.
 */
@IntegrationTest
class SessionInDatabaseTest {

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void theSignInIsTheSessionsRowInTheDatabase() {
    WebappSignIn browser = WebappSignIn.as(rest, "lead", "demo");
    assertThat(browser.session().getStatusCode()).isEqualTo(HttpStatus.OK);
    String sessionId = browser.sessionId();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM spring_session_attributes a JOIN spring_session s"
        + " ON s.primary_id = a.session_primary_id WHERE s.session_id = ?", Integer.class, sessionId)).isPositive();

    jdbc.update("DELETE FROM spring_session WHERE session_id = ?", sessionId);

    assertThat(browser.session().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
