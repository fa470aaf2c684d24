package kz.jobalyq.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.WebappSignIn;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A request in a signed-in Tasklist session reads its session from the database once ({@link SessionSavedOnce}),
 * not a second time after saving it; the next request reads it again, and a signed-out session stays signed out.
 */
@IntegrationTest
class SessionSavedOnceTest {

  private static final String TASK_COUNT = "/camunda/api/engine/engine/default/task/count";

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private JdbcIndexedSessionRepository sessions;

  /** Reads that reach the database: counted behind the platform's own handling of the repository. */
  private final AtomicInteger databaseReads = new AtomicInteger();
  private final MethodInterceptor counter = invocation -> {
    if ("findById".equals(invocation.getMethod().getName())) {
      databaseReads.incrementAndGet();
    }
    return invocation.proceed();
  };

  @BeforeEach
  void countReads() {
    ((Advised) sessions).addAdvice(counter);
  }

  @AfterEach
  void stopCounting() {
    ((Advised) sessions).removeAdvice(counter);
  }

  @Test
  void eachRequestReadsItsSessionOnce() {
    WebappSignIn lead = WebappSignIn.as(rest, "lead", "demo");
    for (int request = 1; request <= 3; request++) {
      databaseReads.set(0);
      ResponseEntity<String> answer = get(lead.engineApiHeaders());
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).contains("\"count\"");
      assertThat(databaseReads).as("database reads of the session in request %d", request).hasValue(1);
    }
  }

  @Test
  void aSignedOutSessionIsNotAnsweredFromMemory() {
    WebappSignIn lead = WebappSignIn.as(rest, "lead", "demo");
    HttpHeaders signedIn = lead.engineApiHeaders();
    assertThat(get(signedIn).getStatusCode()).isEqualTo(HttpStatus.OK);
    lead.logout();
    assertThat(get(signedIn).getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
  }

  private ResponseEntity<String> get(HttpHeaders headers) {
    return rest.exchange(TASK_COUNT, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
