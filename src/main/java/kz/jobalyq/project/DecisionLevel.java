package kz.jobalyq.project;

/** The level a problem must be decided at, lowest first (§100); the number is its place in the chain. */
public enum DecisionLevel {
  PROJECT_GROUP_HEAD(1),
  BASE_DIRECTION_HEAD(2),
  PROGRAMME_HEAD(3),
  NATIONAL_PRIORITY_CURATOR(4);

  private final int number;

  DecisionLevel(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }
}
