package kz.jobalyq.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How a user wants to be mailed: in which language, and whether deadline reminders come at all. */
@Entity
@Table(name = "user_preference")
public class UserPreference {

  @Id
  @Column(name = "user_id", length = 100)
  private String userId;

  @Column(nullable = false, length = 2)
  private String language;

  @Column(name = "reminders_enabled", nullable = false)
  private boolean remindersEnabled;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected UserPreference() {
  }

  UserPreference(String userId) {
    this.userId = userId;
  }

  void change(Language language, boolean remindersEnabled, Instant changedAt) {
    this.language = language.code();
    this.remindersEnabled = remindersEnabled;
    this.changedAt = changedAt;
  }

  public String getUserId() {
    return userId;
  }

  public Language getLanguage() {
    return Language.of(language);
  }

  public boolean isRemindersEnabled() {
    return remindersEnabled;
  }
}
