package kz.jobalyq.system.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jobalyq.system.process.TaskMarks;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's identity match REGULATIONS.md §1 at every start-up, idempotently: one group per
 * role, the permissions each role needs in the webapps and the shared Tasklist filters. The administrator
 * is {@link AdministratorSetup}'s.
 */
@Component
public class IdentitySetup {

  /** The first screen: what the user must do, assigned to them or theirs to claim, by due date. */
  public static final String FILTER_MY_WORK = TasklistFilterNames.MY_WORK.kk();
  public static final String FILTER_MY_TASKS = TasklistFilterNames.MY_TASKS.kk();
  /** The project office's: tasks nobody holds the role for, to appoint a holder or reassign. */
  public static final String FILTER_UNROUTED = TasklistFilterNames.UNROUTED.kk();
  public static final String FILTER_MY_GROUPS_TASKS = TasklistFilterNames.MY_GROUPS_TASKS.kk();
  /** Suffixes of each role group's filters: "{role}: Топтың тапсырмалары" and so on. */
  public static final String FILTER_GROUP_TASKS = "Топтың тапсырмалары";
  public static final String FILTER_OVERDUE = "Мерзімі өткен";
  public static final String FILTER_DUE_THIS_WEEK = "Осы аптада";
  private static final String COLOR_GROUP = "#3b7bbf";
  private static final String COLOR_OVERDUE = "#c0392b";
  private static final String COLOR_THIS_WEEK = "#e67e22";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  public IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  public void apply() {
    ensureGroup(Role.ADMIN_GROUP, "Жүйе әкімшілері", Groups.GROUP_TYPE_SYSTEM);
    for (Resource resource : Resources.values()) {
      grant(Role.ADMIN_GROUP, resource, ANY, Permissions.ALL);
    }
    for (Role role : Role.values()) {
      ensureGroup(role.groupId(), role.kazakhName(), Groups.GROUP_TYPE_WORKFLOW);
      grantStaffPermissions(role.groupId());
      if (role.ownsProcesses()) {
        grantProcessOwnerPermissions(role.groupId());
      }
    }
    ensureSharedFilters();
    for (Role role : Role.values()) {
      if (role.ownsProcesses()) {
        groupFilter(role.groupId(), FILTER_UNROUTED, 5, COLOR_OVERDUE, TasklistFilterNames.UNROUTED_DESCRIPTION.kk(),
            taskService.createTaskQuery().taskVariableValueLike(TaskMarks.ROUTING_GAP, "%"));
      }
    }
    Role[] roles = Role.values();
    for (int i = 0; i < roles.length; i++) {
      ensureRoleFilters(roles[i], i);
    }
  }

  /** Everyone with a role works in Tasklist: sees definitions and forms, starts what their group may start. */
  private void grantStaffPermissions(String groupId) {
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    // Starting is further limited per process by CREATE_INSTANCE from camunda:candidateStarterGroups.
    grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    grant(groupId, Resources.USER, ANY, Permissions.READ);
    grant(groupId, Resources.GROUP, ANY, Permissions.READ);
  }

  /**
   * The ministry project office watches and repairs running work in Cockpit: it reads every instance and task
   * and may retry, suspend or migrate, but it does not claim or complete another role's task (no task update);
   * where a holder is absent it reassigns the task explicitly (/api/tasks/{id}/reassignment).
   */
  private void grantProcessOwnerPermissions(String groupId) {
    grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.RETRY_JOB, ProcessDefinitionPermissions.SUSPEND_INSTANCE,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
    revoke(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.UPDATE_TASK);
    grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ, Permissions.UPDATE);
    grant(groupId, Resources.TASK, ANY, Permissions.READ);
    revoke(groupId, Resources.TASK, ANY, Permissions.UPDATE);
    grant(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
  }

  private void ensureSharedFilters() {
    ensureFilter(FILTER_MY_WORK, -20, TasklistFilterNames.MY_WORK_DESCRIPTION.kk(),
        taskService.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
            .taskCandidateUserExpression("${currentUser()}").endOr().orderByDueDate().asc());
    ensureFilter(FILTER_MY_TASKS, -10, TasklistFilterNames.MY_TASKS_DESCRIPTION.kk(),
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensureFilter(FILTER_MY_GROUPS_TASKS, 0, TasklistFilterNames.MY_GROUPS_TASKS_DESCRIPTION.kk(),
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks());
  }

  /**
   * Each role group's own three filters, seen only by its members: its tasks, its overdue tasks, and those
   * due by the end of this week (Sunday, Asia/Almaty as the engine's clock).
   */
  private void ensureRoleFilters(Role role, int order) {
    String group = role.groupId();
    String name = role.kazakhName();
    int priority = 10 + order * 3;
    groupFilter(group, TasklistFilterNames.GROUP_TASKS.kk(role), priority, COLOR_GROUP,
        TasklistFilterNames.GROUP_TASKS_DESCRIPTION.kk(role),
        taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks());
    groupFilter(group, TasklistFilterNames.OVERDUE.kk(role), priority + 1, COLOR_OVERDUE,
        TasklistFilterNames.OVERDUE_DESCRIPTION.kk(role),
        taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
            .dueBeforeExpression("${now()}"));
    groupFilter(group, TasklistFilterNames.DUE_THIS_WEEK.kk(role), priority + 2, COLOR_THIS_WEEK,
        TasklistFilterNames.DUE_THIS_WEEK_DESCRIPTION.kk(role),
        taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
            .dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().withDayOfWeek(7).withTime(23, 59, 59, 999).toDate()}"));
  }

  private void groupFilter(String groupId, String name, int priority, String color, String description,
      TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setOwner(null)
          .setQuery(query)
          .setProperties(Map.of("priority", priority, "description", description, "refresh", true,
              "color", color));
      filterService.saveFilter(filter);
    }
    grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private void ensureFilter(String name, int priority, String description, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setOwner(null)
          .setQuery(query)
          .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
      filterService.saveFilter(filter);
    }
    if (authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(Resources.FILTER).resourceId(filter.getId()).count() == 0) {
      Authorization everyone = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      everyone.setUserId(ANY);
      everyone.setResource(Resources.FILTER);
      everyone.setResourceId(filter.getId());
      everyone.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(everyone);
    }
  }

  /**
   * A fixture user of a developer machine (the dev profile's demo users): created with its password even
   * where the password policy would refuse it, since everyone knows it anyway. People's accounts are made in
   * Admin or by the administrator's REST calls, where the policy applies.
   */
  public void ensureUser(String userId, String firstName, String lastName, String email, String password,
      List<String> groupIds) {
    if (identityService.isReadOnly()) {
      return;
    }
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      ((IdentityServiceImpl) identityService).saveUser(user, true);
    }
    groupIds.forEach(groupId -> ensureMembership(userId, groupId));
  }

  void ensureMembership(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  private void ensureGroup(String groupId, String name, String type) {
    if (identityService.isReadOnly()) {
      // Directory sign-in: the role groups come from the directory (kz.jobalyq.system.directory).
      return;
    }
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    if (group == null) {
      group = identityService.newGroup(groupId);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  /**
   * Lets exactly the process's {@code camunda:candidateStarterGroups} start it from Tasklist: an
   * administrator changes who may start a process by editing the model, not code.
   */
  public void allowStart(String processKey, List<IdentityLink> starters) {
    Set<String> starterGroups = new HashSet<>();
    for (IdentityLink link : starters) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        starterGroups.add(link.getGroupId());
      }
    }
    for (Role role : Role.values()) {
      if (starterGroups.contains(role.groupId())) {
        grant(role.groupId(), Resources.PROCESS_DEFINITION, processKey, Permissions.CREATE_INSTANCE);
      } else {
        revoke(role.groupId(), Resources.PROCESS_DEFINITION, processKey, Permissions.CREATE_INSTANCE);
      }
    }
  }

  private void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    if (authorization != null && authorization.isPermissionGranted(permission)) {
      authorization.removePermission(permission);
      authorizationService.saveAuthorization(authorization);
    }
  }

  /** Adds the permissions to the group's grant on the resource, creating the grant if needed. */
  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    boolean isNew = authorization == null;
    if (isNew) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = isNew;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
