package kz.jobalyq.hiring;

import java.util.Locale;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.UserLanguage;

/** The role the call fills: the project lead takes the project-lead role on the project afterwards (§80). */
public enum RoleSought {
  PROJECT_LEAD,
  CONSULTANT;

  /** The role's name in the record language (task names, papers). */
  public String kazakhName() {
    return name(UserLanguage.KK);
  }

  /** In {@code language}: {@code hiring.call.role.<ROLE>} of the hiring messages. */
  public String name(Locale language) {
    return Messages.text(language, "hiring.call.role." + name());
  }
}
