package kz.jobalyq.organisation;

import java.math.BigDecimal;

/** What other features know of a project: its place in the hierarchy and the flags their rules need. */
public record ProjectSummary(Long id, String number, String name, boolean regulated, BigDecimal budget,
    String projectGroupCode, String projectGroupName, String baseDirectionCode, String baseDirectionName,
    String programmeCode) {

  static ProjectSummary of(Project project) {
    ProjectGroup group = project.getProjectGroup();
    BaseDirection direction = group.getBaseDirection();
    return new ProjectSummary(project.getId(), project.getNumber(), project.getName(), project.isRegulated(),
        project.getBudget(), group.getCode(), group.getName(), direction.getCode(), direction.getName(),
        direction.getProgramme().getCode());
  }
}
