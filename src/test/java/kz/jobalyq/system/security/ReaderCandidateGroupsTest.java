package kz.jobalyq.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.EngineStatementLog;
import kz.jobalyq.support.TestGrants;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
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

/**
 * "My work" (the reader as candidate user) takes the reader's groups from their authentication instead of asking
 * the identity provider (a directory search with LDAP sign-in) on every list and count; any other candidate user is
 * looked up as before ({@link ReaderCandidateGroups}).
 */
@IntegrationTest
class ReaderCandidateGroupsTest {

  private static final String GROUP_QUERY = "selectGroupByQueryCriteria";

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private TaskService taskService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private AuthorizationService authorizationService;
  @Autowired
  private FilterService filterService;

  private final List<String> grants = new ArrayList<>();
  private String plannersGroupTask;

  @BeforeEach
  void aTaskOfThePlannersGroup() {
    Task task = taskService.newTask();
    task.setName("ReaderCandidateGroupsTest");
    taskService.saveTask(task);
    plannersGroupTask = task.getId();
    taskService.addCandidateGroup(plannersGroupTask, Role.PLANNING_UNIT.groupId());
    grants.add(TestGrants.grant(authorizationService, auth -> auth.setUserId("planner"), Resources.TASK,
        plannersGroupTask, Permissions.READ));
  }

  @AfterEach
  void removeIt() {
    identityService.clearAuthentication();
    grants.forEach(authorizationService::deleteAuthorization);
    taskService.deleteTask(plannersGroupTask, true);
  }

  @Test
  void theReadersOwnGroupsComeFromTheirSignIn() {
    identityService.setAuthentication("planner", List.of(Role.PLANNING_UNIT.groupId()));
    List<Task> found = new ArrayList<>();
    List<String> statements = EngineStatementLog.of(engine, () -> {
      found.addAll(taskService.createTaskQuery().or().taskAssignee("planner").taskCandidateUser("planner").endOr()
          .list());
      assertThat(taskService.createTaskQuery().taskCandidateUser("planner").count()).isEqualTo(found.size());
    });
    assertThat(found).extracting(Task::getId).contains(plannersGroupTask);
    assertThat(statements).doesNotContain(GROUP_QUERY)
        .containsAnyOf("selectTaskByQueryCriteria", "jobalyqSelectTaskByQueryCriteria");
  }

  @Test
  void tasklistsMyWorkFilterExtendedByItsPageAsksNoGroups() {
    String myWork = filterService.createFilterQuery().filterName(IdentitySetup.FILTER_MY_WORK).singleResult().getId();
    identityService.setAuthentication("planner", List.of(Role.PLANNING_UNIT.groupId()));
    List<Task> found = new ArrayList<>();
    List<String> statements = EngineStatementLog.of(engine, () -> {
      found.addAll(filterService.list(myWork, taskService.createTaskQuery().orderByDueDate().asc()));
      assertThat(filterService.count(myWork, taskService.createTaskQuery())).isEqualTo(found.size());
    });
    assertThat(found).extracting(Task::getId).contains(plannersGroupTask);
    assertThat(statements).doesNotContain(GROUP_QUERY);
  }

  @Test
  void theGroupsAreTheSignInsEvenWhereTheDirectoryWouldSayMore() {
    // Signed in before joining the group (Tasklist refreshes a session's groups with its sign-in cache): the task
    // the group got since is not yet the reader's, as the authorisation check of the same query would also decide.
    identityService.setAuthentication("planner", List.of());
    List<String> statements = EngineStatementLog.of(engine, () ->
        assertThat(taskService.createTaskQuery().taskCandidateUser("planner").list())
            .extracting(Task::getId).doesNotContain(plannersGroupTask));
    assertThat(statements).doesNotContain(GROUP_QUERY);
  }

  @Test
  void anotherCandidateUserIsLookedUpAsBefore() {
    identityService.setAuthentication("pomanager", identityService.createGroupQuery().groupMember("pomanager").list()
        .stream().map(group -> group.getId()).toList());
    List<String> statements = EngineStatementLog.of(engine, () ->
        taskService.createTaskQuery().taskCandidateUser("planner").list());
    assertThat(statements).contains(GROUP_QUERY);
  }
}
