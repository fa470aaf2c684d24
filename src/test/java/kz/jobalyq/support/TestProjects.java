package kz.jobalyq.support;

import java.math.BigDecimal;
import kz.jobalyq.organisation.DemoOrganisation;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.project.ProjectProposal;
import kz.jobalyq.project.ProjectService;
import org.springframework.stereotype.Component;

/**
 * A fresh project per test, so tests never share records, on H2 or on a reused PostgreSQL database.
 * It is registered as the project office would (status INITIATIVE) without starting its life cycle.
 */
@org.springframework.boot.test.context.TestComponent
public class TestProjects {

  /** The name of {@link #ordinary()} projects: Tasklist shows it after the task name. */
  public static final String ORDINARY_NAME = "Сынақ жобасы";

  private final ProjectService projects;
  private final kz.jobalyq.organisation.OrganisationService organisation;

  public TestProjects(ProjectService projects, kz.jobalyq.organisation.OrganisationService organisation) {
    this.projects = projects;
    this.organisation = organisation;
  }

  /** The registry number of a project the test created (archives are kept by project number). */
  public String numberOf(Long projectId) {
    return organisation.findProjectById(projectId).orElseThrow().number();
  }

  public ProjectSummary ordinary() {
    return register(ORDINARY_NAME, false);
  }

  public ProjectSummary regulated() {
    return register("Реттелетін сынақ жобасы", true);
  }

  private ProjectSummary register(String name, boolean regulated) {
    return projects.register(new ProjectProposal(name, DemoOrganisation.PUBLIC_APPEALS_GROUP, regulated,
        "Сынақ бастамашысы", "Сынақ мақсаты", null, null, new BigDecimal("100000000.00")), "pomanager");
  }
}
