package kz.jobalyq.hiring;

import java.util.Locale;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.UserLanguage;

/** Where a call stands; the public page shows calls from {@link #OPEN} on. */
public enum HiringCallStatus {
  AWAITING_APPROVAL(false),
  IN_REVISION(false),
  OPEN(true),
  UNDER_REVIEW(true),
  INTERVIEW_SCHEDULED(true),
  CONCLUSION_SIGNING(true),
  CONCLUDED(true),
  AWAITING_REPUBLICATION(true),
  APPOINTED(true),
  HIRED(true),
  CLOSED(true);

  private final boolean published;

  HiringCallStatus(boolean published) {
    this.published = published;
  }

  /** The status's name in the record language (task names, papers). */
  public String kazakhName() {
    return name(UserLanguage.KK);
  }

  /** In {@code language}: {@code hiring.call.status.<STATUS>} of the hiring messages. */
  public String name(Locale language) {
    return Messages.text(language, "hiring.call.status." + name());
  }

  public boolean isPublished() {
    return published;
  }
}
