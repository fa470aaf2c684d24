package kz.jobalyq.system.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A webapp request writes its HTTP session only when something in it changed. Spring Session rewrites the
 * session row on every request (its last access moved by milliseconds), and Camunda's webapps set their sign-in
 * attribute again at the end of every request, so that Spring Session rewrites it too, with the same bytes: two
 * write transactions per Tasklist call, each waiting for its commit to reach the disk, and a dead row each for
 * the vacuum, for nothing a reader would miss.
 *
 * <p>The repository's two update statements become {@code MERGE}s (SQL:2003, run by PostgreSQL 15 and H2 alike)
 * that update only when needed: an attribute when its serialised value differs from the stored one; the session
 * row when its id, timeout or principal changed, or when its last access moved by at least
 * {@value #LAST_ACCESS_STEP_MILLIS} ms (at most a twentieth of the timeout). A session in use therefore expires
 * at most that much earlier than its timeout says, on every node alike (each reads the stored last access);
 * everything else is written as before.
 */
@Configuration(proxyBeanMethods = false)
public class SessionWritesOnChange {

  /** The largest step of the stored last access; a session whose timeout is shorter than 20 steps takes 1/20. */
  static final long LAST_ACCESS_STEP_MILLIS = 60_000;

  // Parameters in the order Spring Session binds them to its own statements (JdbcIndexedSessionRepository).
  static final String UPDATE_SESSION = """
      MERGE INTO %TABLE_NAME% S
      USING (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
        CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
        CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) N
      ON S.PRIMARY_ID = N.PRIMARY_ID
      WHEN MATCHED AND (S.SESSION_ID <> N.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> N.MAX_INACTIVE_INTERVAL
        OR S.PRINCIPAL_NAME IS DISTINCT FROM N.PRINCIPAL_NAME
        OR N.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= LEAST(%STEP%, CAST(S.MAX_INACTIVE_INTERVAL AS BIGINT) * 50))
      THEN UPDATE SET SESSION_ID = N.SESSION_ID, LAST_ACCESS_TIME = N.LAST_ACCESS_TIME,
        MAX_INACTIVE_INTERVAL = N.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = N.EXPIRY_TIME,
        PRINCIPAL_NAME = N.PRINCIPAL_NAME
      """.replace("%STEP%", Long.toString(LAST_ACCESS_STEP_MILLIS));

  static final String UPDATE_SESSION_ATTRIBUTE = """
      MERGE INTO %TABLE_NAME%_ATTRIBUTES A
      USING (SELECT CAST(? AS BYTEA) AS ATTRIBUTE_BYTES, CAST(? AS CHAR(36)) AS SESSION_PRIMARY_ID,
        CAST(? AS VARCHAR(200)) AS ATTRIBUTE_NAME) N
      ON A.SESSION_PRIMARY_ID = N.SESSION_PRIMARY_ID AND A.ATTRIBUTE_NAME = N.ATTRIBUTE_NAME
      WHEN MATCHED AND A.ATTRIBUTE_BYTES <> N.ATTRIBUTE_BYTES THEN UPDATE SET ATTRIBUTE_BYTES = N.ATTRIBUTE_BYTES
      """;

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionUpdatesOnlyWhenChanged() {
    return repository -> {
      repository.setUpdateSessionQuery(UPDATE_SESSION);
      repository.setUpdateSessionAttributeQuery(UPDATE_SESSION_ATTRIBUTE);
    };
  }
}
