package kz.jobalyq.system.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import kz.jobalyq.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** The webapps load our translations and configuration, not Camunda's English-only defaults. */
@IntegrationTest
class WebappLocalesServedTest {

  @Autowired
  private TestRestTemplate rest;

  @Test
  void tasklistAndCockpitAreServedWithKazakhAndRussian() {
    for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
      ResponseEntity<String> config = rest.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);
      assertThat(config.getStatusCode().is2xxSuccessful()).as(app + " config.js").isTrue();
      assertThat(config.getBody()).contains("jobalyq-language.js");
      assertThat(rest.getForObject("/camunda/app/" + app + "/locales/kk.json", String.class)).contains("\"labels\"");
      assertThat(rest.getForObject("/camunda/app/" + app + "/locales/ru.json", String.class)).contains("\"labels\"");
    }
    assertThat(rest.getForObject("/camunda/app/tasklist/locales/kk.json", String.class)).contains("Тапсырмалар");
    assertThat(rest.getForObject("/camunda/app/jobalyq-language.js", String.class)).contains("Қазақша");
  }
}
