package kz.jobalyq.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.support.EngineStatementLog;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestGrants;
import kz.jobalyq.system.security.IdentitySetup;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the engine asks our statement for the groups holding authorisations, and it answers what the
 * engine's own would (every group that has a row); elsewhere the engine's own statement stays.
 */
@IntegrationTest
class EngineStatementsTest {

  @Autowired
  private ProcessEngineConfigurationImpl engine;
  @Autowired
  private ProcessEngine processEngine;
  @Autowired
  private DataSource dataSource;
  @Autowired
  private TaskService taskService;
  @Autowired
  private AuthorizationService authorizationService;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private TestChangeRequests changeRequests;
  @Autowired
  private FilterService filterService;

  /** Per reader: whether their check was asked as the plain IN on their own grants (TaskReadCheck.OwnGrants). */
  private final Map<String, Boolean> ownGrantsOnly = new LinkedHashMap<>();

  @Test
  void theGroupsHoldingAuthorisationsAreEveryGroupWithARow() {
    String database = engine.getDbSqlSessionFactory().getDatabaseType();
    String statement = engine.getDbSqlSessionFactory().mapStatement("selectAuthorizedGroupIds");
    if (!"postgres".equals(database)) {
      assertThat(statement).isEqualTo("selectAuthorizedGroupIds");
      return;
    }
    assertThat(statement).isEqualTo(EngineStatements.POSTGRES.get("selectAuthorizedGroupIds"));
    @SuppressWarnings("unchecked")
    Command<List<String>> ask = context -> (List<String>) (List<?>) context.getDbEntityManager().selectList("selectAuthorizedGroupIds");
    List<String> answered = engine.getCommandExecutorTxRequired().execute(ask);
    List<String> expected = new JdbcTemplate(dataSource).queryForList(
        "SELECT DISTINCT group_id_ FROM act_ru_authorization WHERE group_id_ IS NOT NULL", String.class);
    assertThat(expected).isNotEmpty();
    assertThat(new HashSet<>(answered)).hasSize(answered.size()).isEqualTo(Set.copyOf(expected));
  }

  /**
   * Which of a reader's groups hold any authorisation, the engine's filter of the groups its checks name: on
   * PostgreSQL asked about the reader's groups alone (not by walking every group of the installation), with the
   * engine's answer: the groups with a row, a grant or a revoke, and none without. A reader of more groups than are
   * probed one by one is asked the engine's way, with the same answer.
   */
  @Test
  void aReadersGroupsHoldingAuthorisationsAreAskedAboutTheirGroupsOnly() {
    if (!"postgres".equals(engine.getDbSqlSessionFactory().getDatabaseType())) {
      return;
    }
    String granted = "test-group-with-a-grant";
    String revoked = "test-group-with-a-revoke";
    String without = "test-group-without-rows";
    List<String> created = new ArrayList<>();
    created.add(TestGrants.grant(authorizationService, a -> a.setGroupId(granted), Resources.TASK, "test-task-granted",
        Permissions.READ));
    created.add(revokeTaskRead(revoked, "test-task-revoked"));
    try {
      List<String> fewGroups = List.of(without, granted, Role.PROJECT_LEAD.groupId(), revoked);
      List<String> manyGroups = new ArrayList<>(fewGroups);
      IntStream.range(0, 60).forEach(i -> manyGroups.add("test-group-" + i));
      for (List<String> groups : List.of(fewGroups, manyGroups)) {
        AtomicReference<List<String>> answered = new AtomicReference<>();
        List<String> statements = EngineStatementLog.of(processEngine, () -> answered.set(
            engine.getCommandExecutorTxRequired().execute(context ->
                context.getAuthorizationManager().filterAuthenticatedGroupIds(groups))));
        List<String> expected = new JdbcTemplate(dataSource).queryForList(
            "SELECT DISTINCT group_id_ FROM act_ru_authorization WHERE group_id_ = ANY (?)", String.class,
            (Object) groups.toArray(String[]::new));
        assertThat(new HashSet<>(answered.get())).as("%d groups", groups.size())
            .hasSize(answered.get().size()).isEqualTo(Set.copyOf(expected))
            .contains(granted, revoked).doesNotContain(without);
        assertThat(statements).as("%d groups", groups.size()).containsExactly(groups == fewGroups
            ? EngineStatementLog.recordedId(EngineStatements.READER_GROUPS_HOLDING_AUTHORIZATIONS)
            : EngineStatements.POSTGRES.get("selectAuthorizedGroupIds"));
      }
    } finally {
      created.forEach(authorizationService::deleteAuthorization);
    }
  }

  private String revokeTaskRead(String groupId, String taskId) {
    Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setGroupId(groupId);
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(taskId);
    revoke.removePermission(Permissions.READ);
    return authorizationService.saveAuthorization(revoke).getId();
  }

  /**
   * Tasklist's lists and counts: for readers granted tasks one by one, through a group, through the process
   * definition and through '*' (the project office), and for every shape of question the first screen asks (all, assigned to me,
   * my groups' candidates, by due date), our statement answers exactly the tasks and count the engine's own
   * statement answers.
   */
  @Test
  void theTaskListsAnswerWhatTheEnginesOwnCheckAnswers() {
    String database = engine.getDbSqlSessionFactory().getDatabaseType();
    if (!"postgres".equals(database)) {
      assertThat(engine.getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria"))
          .isEqualTo("selectTaskByQueryCriteria");
      return;
    }
    assertThat(engine.getDbSqlSessionFactory().mapStatement("selectTaskCountByQueryCriteria"))
        .isEqualTo(EngineStatements.POSTGRES.get("selectTaskCountByQueryCriteria"));
    String review = taskService.createTaskQuery().processInstanceId(changeRequests.file().getId())
        .singleResult().getId();
    List<String> tasks = new ArrayList<>();
    List<String> grants = new ArrayList<>();
    try {
      String leadsOwn = standaloneTask(tasks);
      String teamsGroup = standaloneTask(tasks);
      String nobodys = standaloneTask(tasks);
      grants.add(grant(auth -> auth.setUserId("lead2"), Resources.TASK, leadsOwn, Permissions.READ));
      grants.add(grant(auth -> auth.setGroupId(Role.PROJECT_TEAM.groupId()), Resources.TASK, teamsGroup, Permissions.READ));
      grants.add(grant(auth -> auth.setUserId("team2"), Resources.TASK, "*", Permissions.READ));
      grants.add(grant(auth -> auth.setUserId("planner"), Resources.PROCESS_DEFINITION, ChangeRequestProcess.KEY,
          ProcessDefinitionPermissions.READ_TASK));
      taskService.setAssignee(leadsOwn, "lead2");
      // Candidate links, two on one task (the engine's join repeats it; DISTINCT, or ours, must not).
      taskService.addCandidateUser(leadsOwn, "lead2");
      taskService.addCandidateGroup(teamsGroup, Role.PROJECT_TEAM.groupId());
      taskService.addCandidateUser(teamsGroup, "team");
      taskService.addCandidateGroup(nobodys, "EngineStatementsTest");

      Map<String, List<String>> seen = new LinkedHashMap<>();
      ownGrantsOnly.clear();
      for (String reader : List.of("lead", "lead2", "pomanager", "planner", "team2", "team")) {
        List<String> groups = identityService.createGroupQuery().groupMember(reader).list().stream()
            .map(group -> group.getId()).toList();
        int asked = 0;
        for (Consumer<TaskQueryImpl> question : List.<Consumer<TaskQueryImpl>>of(
            query -> query.orderByTaskId().asc(),
            query -> query.taskAssignee(reader).orderByDueDate().desc().orderByTaskId().asc(),
            query -> query.taskCandidateGroupIn(groups.isEmpty() ? List.of("none") : groups)
                .orderByDueDate().asc().orderByTaskId().asc(),
            query -> query.or().taskAssignee(reader).taskCandidateUser(reader).endOr().orderByTaskId().asc(),
            // Every shape of candidate criteria (CandidateLinkCheck asks those of a query of one part).
            query -> query.taskCandidateGroupIn(groups.isEmpty() ? List.of("none") : groups).includeAssignedTasks()
                .orderByDueDate().asc().orderByTaskId().asc(),
            query -> query.taskCandidateUser(reader).orderByTaskId().asc(),
            query -> query.taskCandidateUser(reader).includeAssignedTasks().orderByTaskId().desc(),
            query -> query.taskCandidateGroupLike("%").orderByTaskId().asc(),
            query -> query.withCandidateGroups().orderByTaskId().asc(),
            query -> query.withCandidateUsers().includeAssignedTasks().orderByTaskId().asc(),
            query -> query.withoutCandidateGroups().orderByTaskId().asc(),
            query -> query.taskInvolvedUser(reader).orderByTaskId().asc(),
            query -> query.taskCandidateGroupIn(groups.isEmpty() ? List.of("none") : groups).taskAssignee(reader)
                .includeAssignedTasks().orderByTaskId().asc(),
            // "Or" parts: of an assignee and candidates (asked whole by ours), and of anything more (the engine's).
            query -> query.or().taskAssignee(reader).taskCandidateGroupIn(groups.isEmpty() ? List.of("none") : groups)
                .endOr().orderByDueDate().asc().orderByTaskId().asc(),
            query -> query.taskName("EngineStatementsTest").or().taskAssignee(reader).taskCandidateUser(reader).endOr()
                .orderByTaskId().asc(),
            query -> query.or().taskCandidateUser(reader).taskName("EngineStatementsTest").endOr()
                .orderByTaskId().asc(),
            query -> query.withCandidateUsers().or().taskCandidateGroupLike("%").taskAssignee("lead2").endOr()
                .or().taskCandidateUser(reader).endOr().orderByTaskId().asc())) {
          asked++;
          for (boolean caseTasks : List.of(true, false)) {
            List<String> engines = ask(reader, groups, question, "selectTaskByQueryCriteria", caseTasks);
            assertThat(ask(reader, groups, question, EngineStatements.POSTGRES.get("selectTaskByQueryCriteria"), caseTasks))
                .as("%s's tasks, question %s (case tasks' branch %s)", reader, asked, caseTasks).isEqualTo(engines);
            assertThat(ask(reader, groups, question, EngineStatements.POSTGRES.get("selectTaskCountByQueryCriteria"), caseTasks))
                .as("%s's count, question %s (case tasks' branch %s)", reader, asked, caseTasks)
                .isEqualTo(ask(reader, groups, question, "selectTaskCountByQueryCriteria", caseTasks));
            seen.putIfAbsent(reader, engines);
          }
        }
      }
      assertThat(seen.get("lead2")).contains(leadsOwn).doesNotContain(teamsGroup, nobodys);
      assertThat(seen.get("team")).contains(teamsGroup).doesNotContain(leadsOwn, nobodys);
      assertThat(seen.get("pomanager")).as("the project office watches every task")
          .contains(leadsOwn, teamsGroup, nobodys, review);
      assertThat(seen.get("planner")).contains(review).doesNotContain(leadsOwn, nobodys);
      assertThat(seen.get("team2")).contains(leadsOwn, teamsGroup, nobodys, review);
      assertThat(seen.get("lead")).contains(review).doesNotContain(leadsOwn, teamsGroup, nobodys);
      // Who was asked through the plain IN on their own grants: only readers granted tasks by name alone.
      assertThat(ownGrantsOnly).containsEntry("lead", true).containsEntry("lead2", true)
          .containsEntry("team", false).containsEntry("team2", false).containsEntry("planner", false)
          .containsEntry("pomanager", false);
    } finally {
      grants.forEach(authorizationService::deleteAuthorization);
      tasks.forEach(task -> taskService.deleteTask(task, true));
    }
  }

  /** Tasklist's own first filters, as a reader's Tasklist runs them, reach the database without the join. */
  @Test
  void myWorkAndMyGroupsTasksAreAskedOnTheCandidateLinksWithoutDistinct() {
    if (!EngineStatements.POSTGRES.get("selectTaskByQueryCriteria")
        .equals(engine.getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria"))) {
      return;
    }
    List<String> groups = identityService.createGroupQuery().groupMember("planner").list().stream()
        .map(group -> group.getId()).toList();
    for (String name : List.of(IdentitySetup.FILTER_MY_WORK, IdentitySetup.FILTER_MY_GROUPS_TASKS)) {
      Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
      identityService.setAuthentication("planner", groups);
      try {
        CandidateLinkCheck asked = engine.getCommandExecutorTxRequired().execute(context -> {
          TaskQueryImpl query = filter.getQuery();
          query.evaluateExpressionsAndExecuteList(context, new Page(0, 15));
          return CandidateLinkCheck.of(query, TaskReadCheck.forEngineSql(query.getAuthCheck()));
        });
        assertThat(asked.getParts()).as(name).singleElement()
            .satisfies(part -> assertThat(part.getGroups()).as(name).containsAll(groups));
        assertThat(asked.isRowsUnique()).as(name).isTrue();
      } finally {
        identityService.clearAuthentication();
      }
    }
  }

  @Test
  void aQueryConfiguredAgainForAWiderReaderGetsTheWholeCheckBack() {
    if (!EngineStatements.POSTGRES.get("selectTaskByQueryCriteria")
        .equals(engine.getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria"))) {
      return;
    }
    TaskQueryImpl query = new TaskQueryImpl();
    assertThat(configuredFor("lead", query)).as("the lead reads by own grants").isTrue();
    assertThat(configuredFor("pomanager", query)).as("the project office reads every task").isFalse();
    assertThat(TaskReadCheck.rewritten(query.getAuthCheck())).isTrue();
    assertThat(configuredFor("lead", query)).isTrue();
  }

  /** Configures the query's check as the engine does for the reader; answers whether it is the own-grants one. */
  private boolean configuredFor(String reader, TaskQueryImpl query) {
    List<String> groups = identityService.createGroupQuery().groupMember(reader).list().stream()
        .map(group -> group.getId()).toList();
    identityService.setAuthentication(reader, groups);
    try {
      return engine.getCommandExecutorTxRequired().execute(context -> {
        context.getAuthorizationManager().configureTaskQuery(query);
        return TaskReadCheck.ownGrantsOnly(query.getAuthCheck());
      });
    } finally {
      identityService.clearAuthentication();
    }
  }

  private String standaloneTask(List<String> created) {
    Task task = taskService.newTask();
    task.setName("EngineStatementsTest");
    taskService.saveTask(task);
    created.add(task.getId());
    return task.getId();
  }

  private String grant(Consumer<Authorization> grantee, Resources resource, String resourceId,
      org.camunda.bpm.engine.authorization.Permission permission) {
    return TestGrants.grant(authorizationService, grantee, resource, resourceId, permission);
  }

  /** The statement asked directly (not through the engine's mappings), as the engine configures the query. */
  private List<String> ask(String reader, List<String> groups, Consumer<TaskQueryImpl> question, String statement,
      boolean caseTasks) {
    identityService.setAuthentication(reader, groups);
    try {
      return engine.getCommandExecutorTxRequired().execute(context -> {
        TaskQueryImpl query = new TaskQueryImpl();
        question.accept(query);
        // As TaskQueryImpl sets it before configuring: the case tasks' branch of the check, on when CMMN is.
        query.getAuthCheck().setUseLeftJoin(caseTasks);
        context.getAuthorizationManager().configureTaskQuery(query);
        ownGrantsOnly.put(reader, TaskReadCheck.ownGrantsOnly(query.getAuthCheck()));
        context.getTenantManager().configureQuery(query);
        assertThat(TaskReadCheck.rewritten(query.getAuthCheck()))
            .as("rewritten: revokes %s, checks %s", query.getAuthCheck().isRevokeAuthorizationCheckEnabled(),
                query.getAuthCheck().getPermissionChecks().getAllPermissionChecks().stream()
                    .map(check -> check.getResourceIdQueryParam() + "/" + check.getPerms()).toList())
            .isTrue();
        return context.getDbSqlSession().getSqlSession().<Object>selectList(statement, query).stream()
            .map(row -> row instanceof Task task ? task.getId() : String.valueOf(row)).toList();
      });
    } finally {
      identityService.clearAuthentication();
    }
  }
}
