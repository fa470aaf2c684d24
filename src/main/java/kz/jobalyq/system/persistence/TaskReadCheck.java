package kz.jobalyq.system.persistence;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The task query's authorisation check as our PostgreSQL statement asks it ({@code engine-statements-postgres.xml}):
 * instead of the engine's join of every task with all of the reader's authorisation rows on
 * {@code RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}, which costs a probe reading every '*' grant per task, three
 * separate conditions the planner can plan each on its own: a grant on '*' (asked once), a grant on the task
 * (the reader's granted tasks read once into a hash), a grant on its process definition (likewise). Only checks of
 * the shape the engine builds for task queries (grants only, any of READ on the task or READ_TASK on its
 * definition) are rewritten; any other shape, revoke checks included, goes to the engine's own SQL unchanged.
 *
 * <p>A reader who can read tasks only through grants to them by name ({@link OwnGrants}: no group of theirs holds a
 * task grant, no grant on every task, none on a process definition's tasks; the record-scoped roles) gets a plainer
 * check still, {@code RES.ID_ IN (their grants)}, which PostgreSQL can start from: a lead's list no longer reads
 * every open task and every candidate link of the ministry.
 */
public final class TaskReadCheck {

  private static final Set<String> REWRITTEN_RESOURCES = Set.of("RES.ID_", "D.KEY_");

  private TaskReadCheck() {
  }

  /** Whether our statement asks this check itself; the engine's SQL then runs without it. */
  public static boolean rewritten(AuthorizationCheck check) {
    if (!enginesJoin(check)) {
      return false;
    }
    CompositePermissionCheck permissions = check.getPermissionChecks();
    List<PermissionCheck> atomic = permissions.getAtomicChecks();
    List<CompositePermissionCheck> composite = permissions.getCompositeChecks();
    return atomic != null && !atomic.isEmpty() && (composite == null || composite.isEmpty())
        && (permissions.isDisjunctive() || atomic.size() == 1)
        && atomic.stream().allMatch(permission -> REWRITTEN_RESOURCES.contains(permission.getResourceIdQueryParam()));
  }

  /**
   * Whether the engine's own SQL joins the reader's authorisation rows for this check (the condition of its join;
   * a reader with revokes is checked in its WHERE instead). Only such checks are ours to rewrite.
   */
  static boolean enginesJoin(AuthorizationCheck check) {
    return check != null && check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null
        && !check.isRevokeAuthorizationCheckEnabled();
  }

  /**
   * Called as the engine configures a task query's check: on PostgreSQL, where our statement asks it, one more
   * statement finds whether the reader reads anything beyond the tasks granted to them by name; if not, the query
   * gets the same check as {@link OwnGrants}, which our statement asks as a plain IN.
   */
  public static void narrowToOwnGrants(TaskQueryImpl query) {
    AuthorizationCheck check = query.getAuthCheck();
    CommandContext context = Context.getCommandContext();
    boolean ownGrantsOnly = rewritten(check) && EngineStatements.active(context)
        && check.getPermissionChecks().getAtomicChecks().stream()
            .filter(grant -> "RES.ID_".equals(grant.getResourceIdQueryParam())).count() == 1
        && !context.getDbEntityManager().selectBoolean(EngineStatements.READS_BEYOND_OWN_GRANTS, check);
    // The engine configures a query's check in place, so a second query of the same object may change the answer.
    if (ownGrantsOnly != check instanceof OwnGrants) {
      query.setAuthCheck(copy(check, ownGrantsOnly ? new OwnGrants() : new AuthorizationCheck()));
    }
  }

  /** Whether our statement may ask this check as a plain IN on the reader's own grants. */
  public static boolean ownGrantsOnly(AuthorizationCheck check) {
    return check instanceof OwnGrants && rewritten(check);
  }

  /** The check the engine's SQL is given: none where ours replaces it, else the engine's own. */
  public static AuthorizationCheck forEngineSql(AuthorizationCheck check) {
    return rewritten(check) ? new AuthorizationCheck() : check;
  }

  private static AuthorizationCheck copy(AuthorizationCheck from, AuthorizationCheck to) {
    to.setAuthUserId(from.getAuthUserId());
    to.setAuthGroupIds(from.getAuthGroupIds());
    to.setPermissionChecks(from.getPermissionChecks());
    to.setRevokeAuthorizationCheckEnabled(from.isRevokeAuthorizationCheckEnabled());
    to.setAuthorizationCheckEnabled(from.isAuthorizationCheckEnabled());
    to.setShouldPerformAuthorizatioCheck(from.getShouldPerformAuthorizatioCheck());
    to.setAuthDefaultPerm(from.getAuthDefaultPerm());
    to.setHistoricInstancePermissionsEnabled(from.isHistoricInstancePermissionsEnabled());
    to.setUseLeftJoin(from.isUseLeftJoin());
    return to;
  }

  /** The engine's check, unchanged, marked as found to grant the reader nothing beyond their own task grants. */
  static final class OwnGrants extends AuthorizationCheck {

    private static final long serialVersionUID = 1L;
  }
}
