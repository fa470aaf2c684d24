package kz.jobalyq.planning.operational;

/** Where a reporting quarter stands (seed 004 §13–§18). */
public enum QuarterStatus {
  SCHEDULED("Есепті кезең басталмады"),
  INFORMATION("Бөлімшелердің ақпараты жиналуда"),
  MONITORING("Мониторинг есебі дайындалуда"),
  DECISION("Лауазымды тұлғалардың шешімі күтілуде"),
  CORRECTION("Жоспар түзетілуде"),
  CLOSED("Аяқталды");

  private final String kazakhName;

  QuarterStatus(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }
}
