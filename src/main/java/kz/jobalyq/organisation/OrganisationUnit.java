package kz.jobalyq.organisation;

/** Where in the hierarchy a role is held: exactly one of the four is set (none for ministry-wide roles). */
public record OrganisationUnit(Programme programme, BaseDirection baseDirection, ProjectGroup projectGroup,
    Project project) {

  public static OrganisationUnit ministry() {
    return new OrganisationUnit(null, null, null, null);
  }

  public static OrganisationUnit of(Programme programme) {
    return new OrganisationUnit(programme, null, null, null);
  }

  public static OrganisationUnit of(BaseDirection baseDirection) {
    return new OrganisationUnit(null, baseDirection, null, null);
  }

  public static OrganisationUnit of(ProjectGroup projectGroup) {
    return new OrganisationUnit(null, null, projectGroup, null);
  }

  public static OrganisationUnit of(Project project) {
    return new OrganisationUnit(null, null, null, project);
  }
}
