package kz.jobalyq.planning.financing;

import kz.jobalyq.system.i18n.Phrase;

/**
 * Why the Commission suspends the agreement (GC 18.1). Labour disputes, strikes, equipment defects or
 * financial difficulties are not force majeure.
 */
public enum SuspensionGround {
  BREACH_OF_OBLIGATIONS("Бенефициар Қаржылық келісім бойынша міндеттемелерді бұзды"),
  HUMAN_RIGHTS_DEMOCRACY_RULE_OF_LAW("Адам құқықтарына, демократиялық қағидаттарға, заң үстемдігіне қатысты міндеттемелер бұзылды"),
  SERIOUS_CORRUPTION("Елеулі сыбайлас жемқорлық"),
  FORCE_MAJEURE("Форс-мажор");

  private final String kazakhName;

  SuspensionGround(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }

  /** The ground's name as a phrase, read in its reader's language (the {@code financing.ground.*} messages). */
  public Phrase phrase() {
    return Phrase.of("financing.ground." + name());
  }
}
