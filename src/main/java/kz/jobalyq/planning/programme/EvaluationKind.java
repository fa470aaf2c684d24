package kz.jobalyq.planning.programme;

/** Whether a reporting year is evaluated instead of getting a monitoring conclusion (A2 §19–20, §116). */
public enum EvaluationKind {
  NONE("Бағалау жүргізілмейді"),
  INTERIM("Аралық бағалау"),
  FINAL("Түпкілікті бағалау");

  private final String kazakhName;

  EvaluationKind(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }
}
