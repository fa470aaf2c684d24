package kz.jobalyq.planning.financing;

import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.i18n.UserLanguage;

/** The two phases of the execution period (GC 4.1); either can be extended (GC 4.4–4.5). */
public enum AgreementPhase {
  OPERATIONAL("Операциялық кезең"),
  CLOSURE("Аяқтау кезеңі");

  private final String kazakhName;

  AgreementPhase(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }

  /** The name in the language of the request being served (the {@code financing.phase.*} messages). */
  public String displayName() {
    return phrase().in(UserLanguage.current());
  }

  /** The name as a phrase of a stored text, read in its reader's language. */
  public Phrase phrase() {
    return Phrase.of("financing.phase." + name());
  }
}
