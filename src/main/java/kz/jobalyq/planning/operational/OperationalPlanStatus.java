package kz.jobalyq.planning.operational;

import kz.jobalyq.system.i18n.Messages;

/** Where an operational plan stands (seed 004 §5–§6, §17–§18). */
public enum OperationalPlanStatus {
  PROPOSALS("Бөлімшелердің ұсыныстары жиналуда"),
  ASSEMBLY("Жоспар қалыптастырылуда"),
  APPROVAL("Бекітуде"),
  IN_EXECUTION("Бекітілді, іске асырылуда"),
  CORRECTION("Түзетілуде"),
  CORRECTION_APPROVAL("Түзетілген жоспар бекітуде"),
  CLOSED("Жабылды");

  private final String kazakhName;

  OperationalPlanStatus(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }

  /** The name in the language of the request being served (the {@code operational.status.*} messages). */
  public String displayName() {
    return Messages.text("operational.status." + name());
  }
}
