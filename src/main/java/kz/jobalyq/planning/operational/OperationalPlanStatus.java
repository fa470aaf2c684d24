package kz.jobalyq.planning.operational;

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
}
