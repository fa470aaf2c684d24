package kz.jobalyq.project;

import java.math.BigDecimal;
import kz.jobalyq.organisation.DemoOrganisation;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Developer machines only: the two projects of project group 3.3 in seed 000's appendix, "Нәтиже" and
 * "Жүйелік шешімдер" (regulated), started in their life cycle so the demo users find their tasks.
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
    ProcessInstance result = projects.startFromProposal(new ProjectProposal("Нәтиже",
        DemoOrganisation.PUBLIC_APPEALS_GROUP, false, "Тәжіғұлова Зәуре",
        "Жеке және заңды тұлғалардың өтініштерін қарау сапасын арттыру", null, null,
        new BigDecimal("120000000.00")), null);
    organisation.assignProjectRole(result.getBusinessKey(), "lead", Role.PROJECT_LEAD);
    organisation.assignProjectRole(result.getBusinessKey(), "team", Role.PROJECT_TEAM);
    projects.startFromProposal(new ProjectProposal("Жүйелік шешімдер", DemoOrganisation.PUBLIC_APPEALS_GROUP, true,
        "Ахметжанова Ақжайық", "Өтініштермен жұмыстың жүйелік шешімдерін енгізу", null, null,
        new BigDecimal("450000000.00")), null);
  }
}
