package kz.jobalyq.planning.operational;

/** The two sections of Annex 1 (and Annex 2) of seed 004. */
public enum PlanSection {
  /** I. Activities to reach the goals and target indicators of the development plan: they sit in its hierarchy. */
  STRATEGIC("I. Даму жоспарының мақсаттары мен нысаналы индикаторларына қол жеткізу жөніндегі іс-шаралар"),
  /** II. Activities for the other tasks the state body's regulation sets: no hierarchy. */
  OTHER_TASKS("II. Мемлекеттік органның ережесінде айқындалған өзге де міндеттерді шешуге арналған іс-шаралар");

  private final String kazakhName;

  PlanSection(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }
}
