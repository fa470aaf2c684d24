package kz.jobalyq.system.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The prod profile mails only a server that is named. */
class ProductionMailTest {

  @Test
  void mailOnWithoutAServerRefusesTheStart() {
    assertThatThrownBy(() -> new ProductionMail(true, " ").afterPropertiesSet())
        .hasMessageContaining("JOBALYQ_MAIL_HOST");
    assertThatCode(() -> new ProductionMail(true, "relay.gov.kz").afterPropertiesSet()).doesNotThrowAnyException();
    assertThatCode(() -> new ProductionMail(false, "").afterPropertiesSet()).doesNotThrowAnyException();
  }
}
