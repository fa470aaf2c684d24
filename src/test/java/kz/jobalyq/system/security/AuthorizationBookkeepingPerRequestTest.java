package kz.jobalyq.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.EngineStatementLog;
import kz.jobalyq.support.TestGrants;
import kz.jobalyq.system.persistence.EngineStatements;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * In an HTTP request the engine's authorisation bookkeeping (which groups hold authorisations, whether the reader
 * has revoke rows) is asked once, not by every command ({@link AuthorizationBookkeepingPerRequest}); outside
 * requests per command as before; a grant written during the request counts at once.
 */
@IntegrationTest
class AuthorizationBookkeepingPerRequestTest {

  /**
   * The engine's statement, and ours that PostgreSQL asks instead (system/persistence/engine-statements-postgres:
   * the reader's groups probed one by one).
   */
  private static final Set<String> GROUPS_WITH_AUTHORIZATIONS =
      Set.of("selectAuthorizedGroupIds",
          EngineStatementLog.recordedId(EngineStatements.READER_GROUPS_HOLDING_AUTHORIZATIONS));
  private static final String REVOKES_USED = "selectRevokeAuthorization";

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private TaskService taskService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private AuthorizationService authorizationService;

  private String taskOfNobody;

  @BeforeEach
  void aTaskOfNobody() {
    Task task = taskService.newTask();
    task.setName("Nobody's task (test)");
    taskService.saveTask(task);
    taskOfNobody = task.getId();
  }

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    RequestContextHolder.resetRequestAttributes();
    authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskOfNobody).list()
        .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    taskService.deleteTask(taskOfNobody, true);
  }

  @Test
  void aRequestAsksOnceForThreeCommands() {
    for (String method : List.of("GET", "POST")) {
      inRequest(method);
      identityService.setAuthentication("lead", List.of("project-lead"));

      List<String> statements = EngineStatementLog.of(engine, this::threeReads);

      assertThat(statements).as(method).filteredOn(GROUPS_WITH_AUTHORIZATIONS::contains).hasSize(1);
      assertThat(statements).as(method).filteredOn(id -> id.equals(REVOKES_USED)).hasSize(1);
    }
  }

  @Test
  void workOutsideRequestsAsksPerCommand() {
    identityService.setAuthentication("lead", List.of("project-lead"));

    List<String> statements = EngineStatementLog.of(engine, this::threeReads);

    assertThat(statements).filteredOn(GROUPS_WITH_AUTHORIZATIONS::contains).hasSize(3);
    assertThat(statements).filteredOn(id -> id.equals(REVOKES_USED)).hasSize(3);
  }

  @Test
  void aGrantWrittenDuringTheRequestCountsAtOnce() {
    inRequest("POST");
    identityService.setAuthentication("lead", List.of("project-lead"));
    assertThat(taskService.createTaskQuery().taskId(taskOfNobody).count()).isZero();

    identityService.clearAuthentication();
    TestGrants.grant(authorizationService, a -> a.setGroupId("no-grants-yet-group"), Resources.TASK, taskOfNobody,
        Permissions.READ);
    identityService.setAuthentication("lead", List.of("project-lead", "no-grants-yet-group"));

    assertThat(taskService.createTaskQuery().taskId(taskOfNobody).count())
        .as("the task granted to a group that held no authorisation when the request began").isEqualTo(1);
  }

  @Test
  void eachReaderOfTheRequestGetsTheirOwnRevokeAnswer() {
    inRequest("GET");
    identityService.setAuthentication("lead", List.of("project-lead"));
    taskService.createTaskQuery().count();
    identityService.setAuthentication("pghead", List.of("project-group-head"));

    List<String> statements = EngineStatementLog.of(engine, () -> taskService.createTaskQuery().count());

    assertThat(statements).contains(REVOKES_USED);
  }

  private void threeReads() {
    taskService.createTaskQuery().taskCandidateGroup("project-lead").count();
    taskService.createTaskQuery().taskAssignee("lead").list();
    taskService.createTaskQuery().taskId(taskOfNobody).count();
  }

  private static void inRequest(String method) {
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method, "/")));
  }
}
