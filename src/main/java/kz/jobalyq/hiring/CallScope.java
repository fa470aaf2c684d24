package kz.jobalyq.hiring;

import java.util.List;
import java.util.Locale;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.UserLanguage;

/** Whether the call hires for a project or a programme: a programme asks for more experience (§9). */
public enum CallScope {
  PROJECT(3, 1),
  PROGRAMME(5, 3);

  private final int minFieldYears;
  private final int minProjectManagementYears;

  CallScope(int minFieldYears, int minProjectManagementYears) {
    this.minFieldYears = minFieldYears;
    this.minProjectManagementYears = minProjectManagementYears;
  }

  /** The scope's name in the record language (task names, papers). */
  public String kazakhName() {
    return name(UserLanguage.KK);
  }

  /** In {@code language}: {@code hiring.call.scope.<SCOPE>} of the hiring messages. */
  public String name(Locale language) {
    return Messages.text(language, "hiring.call.scope." + name());
  }

  public int minFieldYears() {
    return minFieldYears;
  }

  public int minProjectManagementYears() {
    return minProjectManagementYears;
  }

  /** The §9 requirements as the official site publishes them (in Kazakh). */
  public List<String> requirements() {
    return requirements(UserLanguage.KK);
  }

  /** The §9 requirements in the reader's language. */
  public List<String> requirements(Locale language) {
    return List.of(
        Messages.text(language, "hiring.requirement.education"),
        Messages.text(language, "hiring.requirement.fieldYears", String.valueOf(minFieldYears)),
        Messages.text(language, "hiring.requirement.managementYears", String.valueOf(minProjectManagementYears)),
        Messages.text(language, "hiring.requirement.certificate"));
  }
}
