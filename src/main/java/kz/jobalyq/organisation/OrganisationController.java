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
  private final RecordAccess access;

  public OrganisationController(OrganisationService organisation, RecordAccess access) {
    this.organisation = organisation;
    this.access = access;
  }

  /** The whole hierarchy: programmes, base directions, project groups and their projects. */
  @GetMapping("/organisation")
  public List<OrganisationService.ProgrammeNode> tree() {
    return organisation.tree();
  }

  @GetMapping("/projects/{number}")
  public ProjectSummary project(@PathVariable String number) {
    return access.requireProjectReader(number);
  }
}
