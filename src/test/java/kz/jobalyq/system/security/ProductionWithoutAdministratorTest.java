package kz.jobalyq.system.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.jobalyq.OwnEngine;
import org.junit.jupiter.api.Test;

/**
 * The prod profile does not start without an administrator from the environment: no port ever opens on a
 * platform that anyone could make themselves administrator of. (A JVM of its own: a platform that failed to
 * start leaves Camunda's webapps unable to start another in the same JVM.)
 */
@OwnEngine
class ProductionWithoutAdministratorTest {

  @Test
  void productionRefusesToStartWithoutJobalyqAdminUsername() {
    assertThatThrownBy(() -> PlatformTakeoverTest.start(PlatformTakeoverTest.freePort()).close())
        .hasStackTraceContaining("JOBALYQ_ADMIN_USERNAME is not set");
  }
}
