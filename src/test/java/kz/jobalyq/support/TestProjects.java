package kz.jobalyq.support;

import java.math.BigDecimal;
import kz.jobalyq.organisation.DemoOrganisation;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import org.springframework.stereotype.Component;

/** A fresh project per test, so tests never share records, on H2 or on a reused PostgreSQL database. */
@org.springframework.boot.test.context.TestComponent
public class TestProjects {

  private final OrganisationService organisation;

  public TestProjects(OrganisationService organisation) {
    this.organisation = organisation;
  }

  public ProjectSummary ordinary() {
    return organisation.createProject(DemoOrganisation.PUBLIC_APPEALS_GROUP, "Сынақ жобасы", false,
        new BigDecimal("100000000.00"));
  }

  public ProjectSummary regulated() {
    return organisation.createProject(DemoOrganisation.PUBLIC_APPEALS_GROUP, "Реттелетін сынақ жобасы", true,
        new BigDecimal("100000000.00"));
  }
}
