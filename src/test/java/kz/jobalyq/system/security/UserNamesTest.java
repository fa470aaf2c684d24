package kz.jobalyq.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kz.jobalyq.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** How a person is named to others: beside their work with the id, on a paper about them surname first. */
@IntegrationTest
class UserNamesTest {

  @Autowired
  private IdentityService identityService;
  @Autowired
  private UserNames userNames;

  @Test
  void aNamedUserIsShownWithTheIdBesideTheirWorkAndSurnameFirstOnAPaper() {
    String id = user(" Айгүл ", "Серікова");

    assertThat(userNames.of(id)).isEqualTo("Айгүл Серікова (" + id + ")");
    assertThat(userNames.formal(id)).isEqualTo("Серікова Айгүл");
  }

  @Test
  void aUserWithOneNameIsShownByItAndOneWithNoneOrUnknownByTheId() {
    String surnameOnly = user("  ", "Серікова");
    String nameless = user(null, null);

    assertThat(userNames.of(surnameOnly)).isEqualTo("Серікова (" + surnameOnly + ")");
    assertThat(userNames.formal(surnameOnly)).isEqualTo("Серікова");
    assertThat(userNames.of(nameless)).isEqualTo(nameless);
    assertThat(userNames.formal(nameless)).isEqualTo(nameless);
    assertThat(userNames.of("nobody-here")).isEqualTo("nobody-here");
    assertThat(userNames.of(null)).isNull();
  }

  private String user(String firstName, String lastName) {
    String id = "un" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    identityService.saveUser(user);
    return id;
  }
}
