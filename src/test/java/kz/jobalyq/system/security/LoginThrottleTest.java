package kz.jobalyq.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle on wrong passwords, with the clock in the test's hand. */
class LoginThrottleTest {

  private Instant now = Instant.parse("2026-03-19T09:00:00Z");
  private final LoginThrottle throttle = new LoginThrottle(new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  });

  @Test
  void fiveWrongPasswordsAreFreeThenTheAddressWaitsLongerAfterEachOne() {
    for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
      assertThat(throttle.waitBefore("lead", "203.0.113.5")).isEmpty();
      throttle.failed("lead", "203.0.113.5");
    }
    assertThat(throttle.waitBefore("lead", "203.0.113.5")).isEmpty();
    throttle.failed("lead", "203.0.113.5");
    assertThat(throttle.waitBefore("lead", "203.0.113.5")).contains(LoginThrottle.FIRST_WAIT);

    now = now.plus(LoginThrottle.FIRST_WAIT);
    assertThat(throttle.waitBefore("lead", "203.0.113.5")).isEmpty();
    throttle.failed("lead", "203.0.113.5");
    assertThat(throttle.waitBefore("lead", "203.0.113.5")).contains(LoginThrottle.FIRST_WAIT.multipliedBy(2));

    for (int i = 0; i < 20; i++) {
      throttle.failed("lead", "203.0.113.5");
    }
    assertThat(throttle.waitBefore("lead", "203.0.113.5")).contains(LoginThrottle.MAX_WAIT);
  }

  @Test
  void theOwnerFromTheirOwnAddressIsNeverHeldUpAndARightPasswordClearsTheCount() {
    for (int i = 0; i < 50; i++) {
      throttle.failed("lead", "203.0.113.5");
    }
    assertThat(throttle.waitBefore("lead", "198.51.100.7")).isEmpty();
    assertThat(throttle.waitBefore("LEAD", "203.0.113.5")).isPresent();
    assertThat(throttle.waitBefore("pohead", "203.0.113.5")).isEmpty();

    throttle.failed("pohead", "198.51.100.7");
    throttle.succeeded("pohead", "198.51.100.7");
    for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
      throttle.failed("pohead", "198.51.100.7");
    }
    assertThat(throttle.waitBefore("pohead", "198.51.100.7")).isEmpty();
  }

  @Test
  void anOldRunOfWrongPasswordsIsForgotten() {
    for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS + 1; i++) {
      throttle.failed("lead", "203.0.113.5");
    }
    now = now.plus(LoginThrottle.MEMORY).plus(Duration.ofMinutes(1));
    throttle.failed("lead", "203.0.113.5");
    assertThat(throttle.waitBefore("lead", "203.0.113.5")).isEmpty();
  }
}
