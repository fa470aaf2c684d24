package kz.jobalyq.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.junit.jupiter.api.Test;

/**
 * Only the engine's own shape of task-query check is asked by our statement; a reader with revoke rows, a query
 * without a reader, or any other shape of check keeps the engine's statement and its check, unchanged.
 */
class TaskReadCheckTest {

  @Test
  void theEnginesTaskQueryCheckIsRewrittenAndTheEngineSqlRunsWithoutIt() {
    AuthorizationCheck check = taskQueryCheck();
    assertThat(TaskReadCheck.rewritten(check)).isTrue();
    assertThat(TaskReadCheck.forEngineSql(check)).isNotSameAs(check)
        .satisfies(unchecked -> assertThat(unchecked.getShouldPerformAuthorizatioCheck()).isFalse());
  }

  @Test
  void aReaderWithRevokesKeepsTheEnginesCheck() {
    AuthorizationCheck check = taskQueryCheck();
    check.setRevokeAuthorizationCheckEnabled(true);
    assertThat(TaskReadCheck.rewritten(check)).isFalse();
    assertThat(TaskReadCheck.forEngineSql(check)).isSameAs(check);
  }

  @Test
  void noReaderOrNoCheckMeansNothingToRewrite() {
    AuthorizationCheck anonymous = taskQueryCheck();
    anonymous.setAuthUserId(null);
    AuthorizationCheck off = taskQueryCheck();
    off.setAuthorizationCheckEnabled(false);
    assertThat(TaskReadCheck.rewritten(anonymous)).isFalse();
    assertThat(TaskReadCheck.rewritten(off)).isFalse();
    assertThat(TaskReadCheck.rewritten(null)).isFalse();
  }

  @Test
  void otherShapesOfCheckKeepTheEnginesCheck() {
    AuthorizationCheck onAnotherColumn = taskQueryCheck();
    onAnotherColumn.getPermissionChecks().getAtomicChecks().get(0).setResourceIdQueryParam("RES.PROC_INST_ID_");
    AuthorizationCheck allRequired = new AuthorizationCheck("lead", List.of("project-lead"),
        composite(false, atomic(Resources.TASK, "RES.ID_", Permissions.READ),
            atomic(Resources.PROCESS_DEFINITION, "D.KEY_", ProcessDefinitionPermissions.READ_TASK)), false);
    allRequired.setAuthorizationCheckEnabled(true);
    AuthorizationCheck nested = taskQueryCheck();
    nested.getPermissionChecks().addCompositeCheck(composite(true, atomic(Resources.TASK, "RES.ID_", Permissions.READ)));
    assertThat(TaskReadCheck.rewritten(onAnotherColumn)).isFalse();
    assertThat(TaskReadCheck.rewritten(allRequired)).isFalse();
    assertThat(TaskReadCheck.rewritten(nested)).isFalse();
  }

  @Test
  void onlyACheckFoundToGrantNothingBeyondTheReadersOwnGrantsIsAskedAsThem() {
    // narrowToOwnGrants marks such a check after asking the database (EngineStatementsTest, on PostgreSQL).
    assertThat(TaskReadCheck.ownGrantsOnly(taskQueryCheck())).isFalse();
    assertThat(TaskReadCheck.ownGrantsOnly(null)).isFalse();
  }

  /** As AuthorizationManager.configureTaskQuery builds it for a signed-in reader. */
  private static AuthorizationCheck taskQueryCheck() {
    AuthorizationCheck check = new AuthorizationCheck("lead", List.of("project-lead"),
        composite(true, atomic(Resources.TASK, "RES.ID_", Permissions.READ),
            atomic(Resources.PROCESS_DEFINITION, "D.KEY_", ProcessDefinitionPermissions.READ_TASK)), false);
    check.setAuthorizationCheckEnabled(true);
    return check;
  }

  private static CompositePermissionCheck composite(boolean disjunctive, PermissionCheck... checks) {
    CompositePermissionCheck composite = new CompositePermissionCheck(disjunctive);
    for (PermissionCheck check : checks) {
      composite.addAtomicCheck(check);
    }
    return composite;
  }

  private static PermissionCheck atomic(Resources resource, String column,
      org.camunda.bpm.engine.authorization.Permission permission) {
    PermissionCheck check = new PermissionCheck();
    check.setResource(resource);
    check.setResourceIdQueryParam(column);
    check.setPermission(permission);
    return check;
  }
}
