package kz.jobalyq.notification;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.jobalyq.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET/PUT /api/me/preferences: each signed-in user chooses their mail language and reminders. */
@IntegrationTest
class PreferencesApiTest {

  /** The password policy is on: people's passwords are long and mixed (demo users are the exception). */
  private static final String PASSWORD = "Preferences-Test-1";

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };
  private static final String USER = "prefs-user";

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private PreferenceService preferences;

  @BeforeEach
  void setUp() {
    if (identityService.createUserQuery().userId(USER).count() == 0) {
      User user = identityService.newUser(USER);
      user.setFirstName("Мәди");
      user.setLastName("Әлиев");
      user.setEmail(USER + "@jobalyq.test");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
  }

  @AfterEach
  void tearDown() {
    identityService.deleteUser(USER);
  }

  @Test
  void aUserWhoNeverChoseReadsKazakhWithRemindersOnAndChangesBoth() {
    ResponseEntity<Map<String, Object>> initial = me().exchange("/api/me/preferences", HttpMethod.GET, null, JSON);
    assertThat(initial.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(initial.getBody()).containsEntry("userId", USER).containsEntry("language", "kk")
        .containsEntry("remindersEnabled", true);

    ResponseEntity<Map<String, Object>> changed = me().exchange("/api/me/preferences", HttpMethod.PUT,
        json("{\"language\":\"ru\",\"remindersEnabled\":false}"), JSON);
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(changed.getBody()).containsEntry("language", "ru").containsEntry("remindersEnabled", false);

    assertThat(me().exchange("/api/me/preferences", HttpMethod.GET, null, JSON).getBody())
        .containsEntry("language", "ru").containsEntry("remindersEnabled", false);
    assertThat(preferences.of(USER)).isEqualTo(new Preferences(USER, Language.RU, false));
  }

  @Test
  void badInputIsRefusedWith400NamingTheFieldAndChangesNothing() {
    Preferences before = preferences.of(USER);
    ResponseEntity<Map<String, Object>> badLanguage = me().exchange("/api/me/preferences", HttpMethod.PUT,
        json("{\"language\":\"en\",\"remindersEnabled\":true}"), JSON);
    assertThat(badLanguage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badLanguage.getBody()).containsEntry("detail", "language: must be one of kk, ru, was 'en'");

    ResponseEntity<Map<String, Object>> noReminderChoice = me().exchange("/api/me/preferences", HttpMethod.PUT,
        json("{\"language\":\"ru\"}"), JSON);
    assertThat(noReminderChoice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReminderChoice.getBody().get("detail").toString()).startsWith("remindersEnabled:");

    ResponseEntity<Map<String, Object>> notJson = me().exchange("/api/me/preferences", HttpMethod.PUT,
        json("{\"language\":"), JSON);
    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(preferences.of(USER)).isEqualTo(before);
  }

  @Test
  void preferencesAreForSignedInUsersOnly() {
    assertThat(rest.getForEntity("/api/me/preferences", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private TestRestTemplate me() {
    return rest.withBasicAuth(USER, PASSWORD);
  }
}
