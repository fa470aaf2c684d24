package kz.jobalyq.system.deployment;

import kz.jobalyq.system.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an administrator deploy the edited models without restarting the platform. */
@RestController
@RequestMapping("/api/admin/models")
@PreAuthorize(Role.ADMIN_ONLY)
public class ModelDeploymentController {

  private final ModelDeployer deployer;

  public ModelDeploymentController(ModelDeployer deployer) {
    this.deployer = deployer;
  }

  /** Deploys what changed in the models folder; 400 with every problem found if anything is broken. */
  @PostMapping("/deploy")
  public ModelDeploymentReport deploy() {
    return deployer.deploy();
  }

  @GetMapping
  public Location location() {
    return new Location(deployer.location().toString());
  }

  public record Location(String location) {
  }
}
