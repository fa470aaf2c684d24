package kz.jobalyq.project;

import java.math.BigDecimal;
import kz.jobalyq.organisation.DemoOrganisation;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.system.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Developer machines only: the two projects of project group 3.3 in seed 000's appendix, "Нәтиже" and
 * "Жүйелік шешімдер" (regulated), and "Таза ауа" of group PG-1.1 in another base direction, started in their
 * life cycle with their own people (lead, coordinator, team, customer), so the demo users find their tasks
 * and see that another project's people do not.
 */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "jobalyq.demo.start-projects", havingValue = "true", matchIfMissing = true)
@Order(3)
public class DemoProjects implements ApplicationRunner {

  private final ProjectService projects;
  private final OrganisationService organisation;

  public DemoProjects(ProjectService projects, OrganisationService organisation) {
    this.projects = projects;
    this.organisation = organisation;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (projects.anyProject()) {
      return;
    }
    start(new ProjectProposal("Нәтиже", DemoOrganisation.PUBLIC_APPEALS_GROUP, false, "Тәжіғұлова Зәуре",
        "Жеке және заңды тұлғалардың өтініштерін қарау сапасын арттыру", null, null,
        new BigDecimal("120000000.00")), "");
    start(new ProjectProposal("Жүйелік шешімдер", DemoOrganisation.PUBLIC_APPEALS_GROUP, true,
        "Ахметжанова Ақжайық", "Өтініштермен жұмыстың жүйелік шешімдерін енгізу", null, null,
        new BigDecimal("450000000.00")), "");
    start(new ProjectProposal("Таза ауа", DemoOrganisation.CLEAN_AIR_GROUP, false, "Серікбаев Нұржан",
        "Ірі қалалардағы атмосфералық ауаның сапасын бақылау желісін кеңейту", null, null,
        new BigDecimal("300000000.00")), "2");
  }

  /** Registers the project with its people (lead, coordinator, team, customer + suffix) and starts its life cycle. */
  private void start(ProjectProposal proposal, String suffix) {
    ProjectSummary project = projects.register(proposal, null);
    organisation.assignProjectRole(project.number(), "lead" + suffix, Role.PROJECT_LEAD);
    organisation.assignProjectRole(project.number(), "coordinator" + suffix, Role.PROJECT_COORDINATOR);
    organisation.assignProjectRole(project.number(), "team" + suffix, Role.PROJECT_TEAM);
    organisation.assignProjectRole(project.number(), "customer" + suffix, Role.PROJECT_CUSTOMER);
    projects.startLifecycle(project);
  }
}
