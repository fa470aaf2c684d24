package kz.jobalyq.system.security;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform never runs without an administrator, so nobody can make themselves one (Camunda's first-user
 * setup is closed besides: {@link SetupEndpointGuard}). At start-up, before the web server opens:
 *
 * <ul>
 *   <li>the user named by {@code JOBALYQ_ADMIN_USERNAME} is created, if missing, with
 *       {@code JOBALYQ_ADMIN_PASSWORD}, which must pass the password policy, and put in {@code camunda-admin};
 *       an existing user keeps their password (it may have been changed in Admin since);
 *   <li>{@code jobalyq.admin.required} (the {@code prod} profile) refuses to start without
 *       {@code JOBALYQ_ADMIN_USERNAME};
 *   <li>without it, the platform starts only if {@code camunda-admin} already has a member.
 * </ul>
 */
@Component
public class AdministratorSetup {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorSetup.class);

  private final IdentityService identityService;
  private final IdentitySetup identitySetup;
  private final String username;
  private final String password;
  private final boolean required;
  private final boolean skipPasswordPolicy;

  public AdministratorSetup(IdentityService identityService, IdentitySetup identitySetup,
      @Value("${jobalyq.admin.username:}") String username,
      @Value("${jobalyq.admin.password:}") String password,
      @Value("${jobalyq.admin.required:false}") boolean required,
      @Value("${jobalyq.admin.skip-password-policy:false}") boolean skipPasswordPolicy) {
    this.identityService = identityService;
    this.identitySetup = identitySetup;
    this.username = username.strip();
    this.password = password;
    this.required = required;
    this.skipPasswordPolicy = skipPasswordPolicy;
  }

  public void apply() {
    if (identityService.isReadOnly()) {
      // Directory sign-in: administrators are the members of the directory group mapped to camunda-admin.
      return;
    }
    if (username.isEmpty()) {
      if (required) {
        throw new IllegalStateException("JOBALYQ_ADMIN_USERNAME is not set: this profile starts only with the "
            + "administrator named by the environment (and JOBALYQ_ADMIN_PASSWORD to create them on the first start)");
      }
      if (identityService.createUserQuery().memberOfGroup(Role.ADMIN_GROUP).count() == 0) {
        throw new IllegalStateException("No administrator: set JOBALYQ_ADMIN_USERNAME and JOBALYQ_ADMIN_PASSWORD "
            + "(or run a developer machine with SPRING_PROFILES_ACTIVE=dev, whose administrator is demo)");
      }
      return;
    }
    if (identityService.createUserQuery().userId(username).count() == 0) {
      create();
    }
    identitySetup.ensureMembership(username, Role.ADMIN_GROUP);
  }

  private void create() {
    if (password == null || password.isEmpty()) {
      throw new IllegalStateException("JOBALYQ_ADMIN_PASSWORD must be set to create the administrator " + username);
    }
    User admin = identityService.newUser(username);
    admin.setFirstName("Жүйе");
    admin.setLastName("Әкімшісі");
    admin.setPassword(password);
    if (!skipPasswordPolicy) {
      PasswordPolicyResult policy = identityService.checkPasswordAgainstPolicy(password, admin);
      if (!policy.isValid()) {
        throw new IllegalStateException("JOBALYQ_ADMIN_PASSWORD does not pass the password policy ("
            + policy.getViolatedRules().stream().map(AdministratorSetup::describe).collect(Collectors.joining("; "))
            + ")");
      }
    }
    // The policy was checked just above (or is skipped for the dev profile's known demo password).
    ((IdentityServiceImpl) identityService).saveUser(admin, true);
    LOG.info("Created administrator {}", username);
  }

  private static String describe(PasswordPolicyRule rule) {
    String name = rule.getPlaceholder().replace("PASSWORD_POLICY_", "").toLowerCase(java.util.Locale.ROOT)
        .replace('_', ' ');
    return rule.getParameters() == null || rule.getParameters().isEmpty() ? name : name + " " + rule.getParameters();
  }
}
