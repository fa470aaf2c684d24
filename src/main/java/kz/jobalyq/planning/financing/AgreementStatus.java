package kz.jobalyq.planning.financing;

import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.i18n.UserLanguage;

/**
 * Where a financing agreement stands (EU-FINANCING.md "Life cycle"): in force in its operational phase
 * (t0 → M60), in its closure phase (M60 → M84), expired (M84), its balance cancelled (M90), or one of the
 * overlays — suspended by the Commission, terminated after notice, terminated automatically at M36.
 */
public enum AgreementStatus {
  IN_FORCE_OPERATIONAL("Күшінде — операциялық кезең"),
  CLOSURE("Аяқтау кезеңі"),
  EXPIRED("Орындалу мерзімі аяқталды"),
  BALANCE_CANCELLED("Қаражат қалдығының күші жойылды"),
  SUSPENDED("Тоқтатыла тұрды"),
  TERMINATED("Бұзылды"),
  AUTO_TERMINATED("Автоматты түрде бұзылды");

  private final String kazakhName;

  AgreementStatus(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }

  /** The name in the language of the request being served (the {@code financing.status.*} messages). */
  public String displayName() {
    return phrase().in(UserLanguage.current());
  }

  /** The name as a phrase of a stored text, read in its reader's language. */
  public Phrase phrase() {
    return Phrase.of("financing.status." + name());
  }

  /** No contract, payment or request is taken any more. */
  public boolean isEnded() {
    return this == BALANCE_CANCELLED || this == TERMINATED || this == AUTO_TERMINATED;
  }
}
