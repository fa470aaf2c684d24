package kz.jobalyq.organisation.routing;

import kz.jobalyq.organisation.RecordScope;
import kz.jobalyq.system.persistence.CommandEntities;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default authorisations, except that a candidate group naming a record-scoped role (a project
 * lead, a project group head…) on a task of a record with a place in the hierarchy grants its members
 * nothing: the record's own role holders are the task's candidate users and get their grants as users.
 * Ministry-wide roles (the project office, the national bodies) and tasks of records without a place keep
 * the group grant.
 *
 * <p>And a task created in this command is not looked up for grants already held on it: before it grants a user or
 * group, the engine asks the database for their existing grant on the task to add to it, one statement per grant,
 * yet a task inserted by this very command has no rows there (its id is new). Grants of the same command are still
 * merged as the engine does, in its entity cache.
 */
public class RecordAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    if (isNarrowed(task, groupId)) {
      return null;
    }
    return super.newTaskGroupIdentityLink(task, groupId, type);
  }

  static boolean isNarrowed(Task task, String groupId) {
    boolean recordScoped = Role.ofGroup(groupId).map(Role::isRecordScoped).orElse(false);
    return recordScoped && task instanceof VariableScope variables && !RecordScope.of(variables).isEmpty();
  }

  /** The engine's one look-up of a user's or group's grant on a resource, before it grants them more. */
  @Override
  protected AuthorizationEntity getGrantAuthorization(String resourceId, String userId, String groupId,
      Resource resource) {
    return isNewTask(resource, resourceId) ? null
        : super.getGrantAuthorization(resourceId, userId, groupId, resource);
  }

  /** Whether the resource is a task this command inserted and has not yet written to the database. */
  private static boolean isNewTask(Resource resource, String resourceId) {
    return resource.resourceType() == Resources.TASK.resourceType() && CommandEntities.isNewTask(resourceId);
  }
}
