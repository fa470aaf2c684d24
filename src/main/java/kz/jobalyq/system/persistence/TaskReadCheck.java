package kz.jobalyq.system.persistence;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * The task query's authorisation check as our PostgreSQL statement asks it ({@code engine-statements-postgres.xml}):
 * instead of the engine's join of every task with all of the reader's authorisation rows on
 * {@code RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}, which costs a probe reading every '*' grant per task, three
 * separate conditions the planner can plan each on its own: a grant on '*' (asked once), a grant on the task
 * (the reader's granted tasks read once into a hash), a grant on its process definition (likewise). Only checks of
 * the shape the engine builds for task queries (grants only, any of READ on the task or READ_TASK on its
 * definition) are rewritten; any other shape, revoke checks included, goes to the engine's own SQL unchanged.
 */
public final class TaskReadCheck {

  private static final Set<String> REWRITTEN_RESOURCES = Set.of("RES.ID_", "D.KEY_");

  private TaskReadCheck() {
  }

  /** Whether our statement asks this check itself; the engine's SQL then runs without it. */
  public static boolean rewritten(AuthorizationCheck check) {
    if (check == null || !check.getShouldPerformAuthorizatioCheck() || check.getAuthUserId() == null
        || check.isRevokeAuthorizationCheckEnabled()) {
      return false;
    }
    CompositePermissionCheck permissions = check.getPermissionChecks();
    List<PermissionCheck> atomic = permissions.getAtomicChecks();
    List<CompositePermissionCheck> composite = permissions.getCompositeChecks();
    return atomic != null && !atomic.isEmpty() && (composite == null || composite.isEmpty())
        && (permissions.isDisjunctive() || atomic.size() == 1)
        && atomic.stream().allMatch(permission -> REWRITTEN_RESOURCES.contains(permission.getResourceIdQueryParam()));
  }

  /** The check the engine's SQL is given: none where ours replaces it, else the engine's own. */
  public static AuthorizationCheck forEngineSql(AuthorizationCheck check) {
    return rewritten(check) ? new AuthorizationCheck() : check;
  }
}
