package kz.jobalyq.support;

import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;

/** A grant as an administrator writes it in Admin: one permission on one resource, for a user or a group. */
public final class TestGrants {

  private TestGrants() {
  }

  /** Saves the grant; answers its id. {@code grantee} names the user or group ({@code a -> a.setUserId("lead")}). */
  public static String grant(AuthorizationService authorizations, Consumer<Authorization> grantee,
      Resources resource, String resourceId, Permission permission) {
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grantee.accept(authorization);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    return authorizations.saveAuthorization(authorization).getId();
  }
}
