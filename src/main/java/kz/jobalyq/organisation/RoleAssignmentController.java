package kz.jobalyq.organisation;

import java.util.List;
import kz.jobalyq.organisation.RoleAssignments.Appointment;
import kz.jobalyq.organisation.RoleAssignments.AssignmentView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who holds which role where: administrators and the project office's administrator appoint and withdraw;
 * the project office reads. A change reaches the role's open tasks at once.
 */
@RestController
@RequestMapping("/api/organisation/role-assignments")
public class RoleAssignmentController {

  static final String KEEPERS = "hasAnyAuthority('camunda-admin', 'po-admin')";
  static final String READERS = "hasAnyAuthority('camunda-admin', 'po-admin', 'po-head', 'po-chief-manager')";

  private final RoleAssignments assignments;

  public RoleAssignmentController(RoleAssignments assignments) {
    this.assignments = assignments;
  }

  @GetMapping
  @PreAuthorize(READERS)
  public List<AssignmentView> all() {
    return assignments.all();
  }

  @PostMapping
  @PreAuthorize(KEEPERS)
  @ResponseStatus(HttpStatus.CREATED)
  public AssignmentView appoint(@RequestBody Appointment appointment) {
    return assignments.appoint(appointment);
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(KEEPERS)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void withdraw(@PathVariable Long id) {
    assignments.withdraw(id);
  }
}
