package kz.jobalyq.organisation;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class OrganisationController {

  private final OrganisationService organisation;

  public OrganisationController(OrganisationService organisation) {
    this.organisation = organisation;
  }

  /** The whole hierarchy: programmes, base directions, project groups and their projects. */
  @GetMapping("/organisation")
  public List<OrganisationService.ProgrammeNode> tree() {
    return organisation.tree();
  }

  @GetMapping("/projects/{number}")
  public ProjectSummary project(@PathVariable String number) {
    return organisation.requireProject(number);
  }
}
