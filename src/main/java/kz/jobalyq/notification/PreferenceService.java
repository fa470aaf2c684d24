package kz.jobalyq.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's mail language and reminder choice. */
@Service
public class PreferenceService {

  private final UserPreferenceRepository repository;
  private final Clock clock;

  public PreferenceService(UserPreferenceRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Preferences of(String userId) {
    return repository.findById(userId).map(PreferenceService::toPreferences)
        .orElseGet(() -> Preferences.defaults(userId));
  }

  /** The preferences of every user named, defaults for those who never chose. */
  @Transactional(readOnly = true)
  public Map<String, Preferences> of(Collection<String> userIds) {
    Map<String, Preferences> result = new HashMap<>();
    for (UserPreference stored : repository.findAllById(userIds)) {
      result.put(stored.getUserId(), toPreferences(stored));
    }
    for (String userId : userIds) {
      result.computeIfAbsent(userId, Preferences::defaults);
    }
    return result;
  }

  /** Replaces the user's choice; {@code language} is "kk" or "ru", both values are required. */
  @Transactional
  public Preferences update(String userId, String language, Boolean remindersEnabled) {
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("userId: is required");
    }
    Language chosen = Language.of(language);
    if (remindersEnabled == null) {
      throw new IllegalArgumentException("remindersEnabled: is required, true or false");
    }
    UserPreference preference = repository.findById(userId).orElseGet(() -> new UserPreference(userId));
    preference.change(chosen, remindersEnabled, clock.instant());
    return toPreferences(repository.save(preference));
  }

  private static Preferences toPreferences(UserPreference stored) {
    return new Preferences(stored.getUserId(), stored.getLanguage(), stored.isRemindersEnabled());
  }
}
