package kz.jobalyq.hiring;

import java.util.List;

/** Whether the call hires for a project or a programme: a programme asks for more experience (§9). */
public enum CallScope {
  PROJECT("Жоба", 3, 1),
  PROGRAMME("Бағдарлама", 5, 3);

  private final String kazakhName;
  private final int minFieldYears;
  private final int minProjectManagementYears;

  CallScope(String kazakhName, int minFieldYears, int minProjectManagementYears) {
    this.kazakhName = kazakhName;
    this.minFieldYears = minFieldYears;
    this.minProjectManagementYears = minProjectManagementYears;
  }

  public String kazakhName() {
    return kazakhName;
  }

  public int minFieldYears() {
    return minFieldYears;
  }

  public int minProjectManagementYears() {
    return minProjectManagementYears;
  }

  /** The §9 requirements as the official site publishes them. */
  public List<String> requirements() {
    return List.of(
        "Жобаның саласы бойынша жоғары немесе жоғары оқу орнынан кейінгі білім",
        "Саладағы практикалық жұмыс тәжірибесі кемінде " + minFieldYears + " жыл",
        "Жобалық басқару практикасы кемінде " + minProjectManagementYears + " жыл",
        "Жобалық басқару саласындағы сертификат");
  }
}
