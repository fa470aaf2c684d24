package kz.jobalyq.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;
import java.util.TreeMap;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.WebappSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Tasklist's calls in a signed-in session leave the stored session as it is unless something in it changed
 * ({@link SessionWritesOnChange}): the last access is stored in steps, a changed attribute is stored at once.
 */
@IntegrationTest
class SessionWritesOnChangeTest {

  private static final String TASK_COUNT = "/camunda/api/engine/engine/default/task/count";

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private JdbcIndexedSessionRepository sessions;

  @Test
  void callsInTheSameMinuteLeaveTheStoredSessionUnwritten() {
    WebappSignIn lead = WebappSignIn.as(rest, "lead", "demo");
    String session = lead.sessionId();
    askTaskCount(lead);
    Map<String, Object> before = stored(session);
    Map<String, Object> attributeVersionsBefore = rowVersions(session);

    for (int call = 0; call < 3; call++) {
      askTaskCount(lead);
    }

    Map<String, Object> after = stored(session);
    assertThat(after.get("LAST_ACCESS_TIME")).as("last access, stored in steps").isEqualTo(before.get("LAST_ACCESS_TIME"));
    assertThat(after.get("EXPIRY_TIME")).isEqualTo(before.get("EXPIRY_TIME"));
    // Camunda's webapps set their sign-in attribute again on every call; the same bytes are not written again.
    // Only PostgreSQL shows whether a row was rewritten with the same value (its row version, xmin).
    assertThat(rowVersions(session)).as("row versions of the session's attributes").isEqualTo(attributeVersionsBefore);
  }

  @Test
  void aCallAMinuteAfterTheStoredLastAccessStoresTheNewOneAndKeepsTheSessionAlive() {
    WebappSignIn lead = WebappSignIn.as(rest, "lead", "demo");
    String session = lead.sessionId();
    long twoMinutesAgo = System.currentTimeMillis() - 120_000;
    jdbc.update("UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = ?, EXPIRY_TIME = CAST(? AS BIGINT) + MAX_INACTIVE_INTERVAL * 1000 "
        + "WHERE SESSION_ID = ?", twoMinutesAgo, twoMinutesAgo, session);

    askTaskCount(lead);

    Map<String, Object> after = stored(session);
    long lastAccess = ((Number) after.get("LAST_ACCESS_TIME")).longValue();
    assertThat(lastAccess).isGreaterThan(twoMinutesAgo + SessionWritesOnChange.LAST_ACCESS_STEP_MILLIS);
    assertThat(((Number) after.get("EXPIRY_TIME")).longValue())
        .isEqualTo(lastAccess + ((Number) after.get("MAX_INACTIVE_INTERVAL")).longValue() * 1000);
  }

  @Test
  void aChangedAttributeIsStoredAtOnce() {
    WebappSignIn lead = WebappSignIn.as(rest, "lead", "demo");
    String id = lead.sessionId();
    SessionRepository<Session> repository = repository();
    Session session = repository.findById(id);
    session.setAttribute("jobalyq.test", "first");
    repository.save(session);

    session = repository.findById(id);
    session.setAttribute("jobalyq.test", "second");
    repository.save(session);
    assertThat((String) repository.findById(id).getAttribute("jobalyq.test")).isEqualTo("second");
    assertThat(askTaskCount(lead)).as("still signed in").contains("\"count\"");
  }

  /** The repository as the session filter sees it (its own session class is not public). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private SessionRepository<Session> repository() {
    return (SessionRepository) sessions;
  }

  private String askTaskCount(WebappSignIn signIn) {
    var answer = rest.exchange(TASK_COUNT, HttpMethod.GET, new HttpEntity<>(signIn.engineApiHeaders()), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private Map<String, Object> stored(String sessionId) {
    return jdbc.queryForMap("SELECT LAST_ACCESS_TIME, EXPIRY_TIME, MAX_INACTIVE_INTERVAL FROM SPRING_SESSION "
        + "WHERE SESSION_ID = ?", sessionId);
  }

  /** PostgreSQL's row version of each stored attribute; empty on H2, which has none. */
  private Map<String, Object> rowVersions(String sessionId) {
    String product = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
    if (!"PostgreSQL".equals(product)) {
      return Map.of();
    }
    Map<String, Object> versions = new TreeMap<>();
    jdbc.query("SELECT A.ATTRIBUTE_NAME, A.xmin::text AS V FROM SPRING_SESSION_ATTRIBUTES A JOIN SPRING_SESSION S "
        + "ON S.PRIMARY_ID = A.SESSION_PRIMARY_ID WHERE S.SESSION_ID = ?",
        row -> {
          versions.put(row.getString(1), row.getString(2));
        },
        sessionId);
    assertThat(versions).as("the signed-in session's attributes").isNotEmpty();
    return versions;
  }
}
