package kz.jobalyq.notification;

/** A user's mail preferences; users who never chose get Kazakh with reminders on. */
public record Preferences(String userId, Language language, boolean remindersEnabled) {

  public static Preferences defaults(String userId) {
    return new Preferences(userId, Language.DEFAULT, true);
  }
}
