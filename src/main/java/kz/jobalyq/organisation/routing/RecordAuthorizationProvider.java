package kz.jobalyq.organisation.routing;

import kz.jobalyq.organisation.RecordScope;
import kz.jobalyq.system.security.Role;
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
}
