package kz.jobalyq.notification;

import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own mail preferences: {@code {"language":"ru","remindersEnabled":false}}. */
@RestController
@RequestMapping("/api/me/preferences")
public class PreferenceController {

  private final PreferenceService preferences;

  public PreferenceController(PreferenceService preferences) {
    this.preferences = preferences;
  }

  @GetMapping
  public PreferencesAnswer get(Principal principal) {
    return PreferencesAnswer.of(preferences.of(principal.getName()));
  }

  @PutMapping
  public PreferencesAnswer put(@RequestBody PreferencesRequest request, Principal principal) {
    return PreferencesAnswer.of(preferences.update(principal.getName(), request.language(), request.remindersEnabled()));
  }

  public record PreferencesRequest(String language, Boolean remindersEnabled) {
  }

  public record PreferencesAnswer(String userId, String language, boolean remindersEnabled) {
    static PreferencesAnswer of(Preferences preferences) {
      return new PreferencesAnswer(preferences.userId(), preferences.language().code(),
          preferences.remindersEnabled());
    }
  }
}
