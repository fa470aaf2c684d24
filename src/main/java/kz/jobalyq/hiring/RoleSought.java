package kz.jobalyq.hiring;

/** The role the call fills: the project lead takes the project-lead role on the project afterwards (§80). */
public enum RoleSought {
  PROJECT_LEAD("Жоба жетекшісі"),
  CONSULTANT("Жобалық басқару жөніндегі консультант");

  private final String kazakhName;

  RoleSought(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }
}
