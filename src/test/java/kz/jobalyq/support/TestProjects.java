package kz.jobalyq.support;

import java.math.BigDecimal;
import kz.jobalyq.organisation.DemoOrganisation;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.project.ProjectProposal;
import kz.jobalyq.project.ProjectService;
import kz.jobalyq.system.security.Role;

/**
 * A fresh project per test, so tests never share records, on H2 or on a reused PostgreSQL database.
 * It is registered as the project office would (status INITIATIVE) without starting its life cycle, in
 * project group PG-3.3 of the demo organisation, with the demo users {@code lead}, {@code coordinator},
 * {@code team} and {@code customer} as its people (its group head is {@code pghead}, its base direction's
 * people {@code bdhead}, {@code bdlead}…). {@link #elsewhere()} is a project of another base direction, held by
 * {@code lead2}, {@code pghead2}, {@code bdhead2}…
 */
@org.springframework.boot.test.context.TestComponent
public class TestProjects {

  /** The name of {@link #ordinary()} projects: Tasklist shows it after the task name. */
  public static final String ORDINARY_NAME = "Сынақ жобасы";

  private final ProjectService projects;
  private final OrganisationService organisation;

  public TestProjects(ProjectService projects, OrganisationService organisation) {
    this.projects = projects;
    this.organisation = organisation;
  }

  /** The registry number of a project the test created (archives are kept by project number). */
  public String numberOf(Long projectId) {
    return organisation.findProjectById(projectId).orElseThrow().number();
  }

  public ProjectSummary ordinary() {
    return register(ORDINARY_NAME, false, DemoOrganisation.PUBLIC_APPEALS_GROUP, "");
  }

  public ProjectSummary regulated() {
    return register("Реттелетін сынақ жобасы", true, DemoOrganisation.PUBLIC_APPEALS_GROUP, "");
  }

  /** A project of group PG-1.1 (base direction BD-1), held by the "2" demo users: lead2, pghead2, bdhead2… */
  public ProjectSummary elsewhere() {
    return register("Басқа бағыттың жобасы", false, DemoOrganisation.CLEAN_AIR_GROUP, "2");
  }

  /** A project nobody has been appointed to lead yet. */
  public ProjectSummary withoutPeople() {
    return projects.register(proposal("Жетекшісіз жоба", false, DemoOrganisation.PUBLIC_APPEALS_GROUP), "pomanager");
  }

  private ProjectSummary register(String name, boolean regulated, String projectGroup, String people) {
    ProjectSummary project = projects.register(proposal(name, regulated, projectGroup), "pomanager");
    organisation.assignProjectRole(project.number(), "lead" + people, Role.PROJECT_LEAD);
    organisation.assignProjectRole(project.number(), "coordinator" + people, Role.PROJECT_COORDINATOR);
    organisation.assignProjectRole(project.number(), "team" + people, Role.PROJECT_TEAM);
    organisation.assignProjectRole(project.number(), "customer" + people, Role.PROJECT_CUSTOMER);
    return project;
  }

  private static ProjectProposal proposal(String name, boolean regulated, String projectGroup) {
    return new ProjectProposal(name, projectGroup, regulated, "Сынақ бастамашысы", "Сынақ мақсаты", null, null,
        new BigDecimal("100000000.00"));
  }
}
