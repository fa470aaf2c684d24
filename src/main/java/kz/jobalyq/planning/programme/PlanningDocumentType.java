package kz.jobalyq.planning.programme;

import kz.jobalyq.system.i18n.Messages;

/**
 * The planning documents the {@code state-programme} process can run (seed 002, A1 §27–55). Who agrees and approves
 * each, and its yearly monitoring chain, are rows of the planning tables in {@code dmn/}, not code.
 */
public enum PlanningDocumentType {
  STATE_PROGRAMME("Мемлекеттік бағдарлама"),
  STRATEGIC_DEVELOPMENT_PLAN("Қазақстан Республикасының Стратегиялық даму жоспары"),
  STRATEGIC_PLAN("Мемлекеттік органның стратегиялық жоспары (Үкімет құрылымына кіретін орган)"),
  LOCAL_STRATEGIC_PLAN("Жергілікті атқарушы органның стратегиялық жоспары"),
  OBLAST_PROGRAMME("Облысты, республикалық маңызы бар қаланы, астананы дамыту бағдарламасы"),
  DISTRICT_PROGRAMME("Ауданды (облыстық маңызы бар қаланы) дамыту бағдарламасы");

  private final String kazakhName;

  PlanningDocumentType(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }

  /** The name in the language of the request being served (the records' {@code record.value.*} words). */
  public String displayName() {
    return Messages.text("record.value." + name());
  }
}
