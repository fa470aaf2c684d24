package kz.jobalyq.system.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's identity match REGULATIONS.md §1 at every start-up, idempotently: one group per
 * role, the permissions each role needs in the webapps, the shared Tasklist filters and, when the
 * environment names one, the administrator.
 */
@Component
public class IdentitySetup {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  public static final String FILTER_MY_TASKS = "Менің тапсырмаларым";
  public static final String FILTER_MY_GROUPS_TASKS = "Менің топтарымның тапсырмалары";
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
  private final String adminUsername;
  private final String adminPassword;

  public IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService,
      @Value("${jobalyq.admin.username:}") String adminUsername,
      @Value("${jobalyq.admin.password:}") String adminPassword) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.adminUsername = adminUsername;
    this.adminPassword = adminPassword;
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
    Role[] roles = Role.values();
    for (int i = 0; i < roles.length; i++) {
      ensureRoleFilters(roles[i], i);
    }
    ensureAdministrator();
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

  /** The ministry project office watches and repairs running work in Cockpit. */
  private void grantProcessOwnerPermissions(String groupId) {
    grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.RETRY_JOB,
        ProcessDefinitionPermissions.SUSPEND_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
    grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ, Permissions.UPDATE);
    grant(groupId, Resources.TASK, ANY, Permissions.READ, Permissions.UPDATE);
    grant(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
  }

  private void ensureSharedFilters() {
    ensureFilter(FILTER_MY_TASKS, -10, "Маған тағайындалған тапсырмалар",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensureFilter(FILTER_MY_GROUPS_TASKS, 0, "Менің топтарыма арналған барлық тапсырмалар",
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
    groupFilter(group, name + ": " + FILTER_GROUP_TASKS, priority, COLOR_GROUP,
        "«" + name + "» тобының барлық тапсырмалары",
        taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks());
    groupFilter(group, name + ": " + FILTER_OVERDUE, priority + 1, COLOR_OVERDUE,
        "«" + name + "» тобының мерзімі өткен тапсырмалары",
        taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
            .dueBeforeExpression("${now()}"));
    groupFilter(group, name + ": " + FILTER_DUE_THIS_WEEK, priority + 2, COLOR_THIS_WEEK,
        "«" + name + "» тобының осы аптада орындалатын тапсырмалары",
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

  private void ensureAdministrator() {
    if (identityService.isReadOnly()) {
      // Directory sign-in: administrators are the members of the directory group mapped to camunda-admin.
      return;
    }
    if (adminUsername.isBlank()) {
      LOG.warn("No administrator configured (JOBALYQ_ADMIN_USERNAME / JOBALYQ_ADMIN_PASSWORD): "
          + "only existing camunda-admin members can administer the platform");
      return;
    }
    if (identityService.createUserQuery().userId(adminUsername).count() == 0) {
      if (adminPassword.isBlank()) {
        throw new IllegalStateException("JOBALYQ_ADMIN_PASSWORD must be set to create administrator " + adminUsername);
      }
      User admin = identityService.newUser(adminUsername);
      admin.setFirstName("Жүйе");
      admin.setLastName("Әкімшісі");
      admin.setPassword(adminPassword);
      identityService.saveUser(admin);
      LOG.info("Created administrator {}", adminUsername);
    }
    ensureMembership(adminUsername, Role.ADMIN_GROUP);
  }

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
      identityService.saveUser(user);
    }
    groupIds.forEach(groupId -> ensureMembership(userId, groupId));
  }

  private void ensureMembership(String userId, String groupId) {
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
