package kz.jobalyq.organisation.routing;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kz.jobalyq.organisation.RecordScope;
import kz.jobalyq.organisation.RoleHolders;
import kz.jobalyq.organisation.RoleHoldersChanged;
import kz.jobalyq.system.process.TaskMarks;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the role holders of a task's record its candidate users: when the task is created, and again for
 * open tasks when an administrator changes who holds a role. A task only one person can act on is assigned to
 * them at once. A task nobody can act on is marked
 * {@value #ROUTING_GAP} (the project office's filter shows it) until a holder is appointed or the office
 * reassigns it.
 */
@Component
public class TaskRouter {

  public static final String ROUTING_GAP = TaskMarks.ROUTING_GAP;
  public static final String REASSIGNED_BY = TaskMarks.REASSIGNED_BY;

  private static final Logger LOG = LoggerFactory.getLogger(TaskRouter.class);

  private final RoleHolders roleHolders;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  public TaskRouter(RoleHolders roleHolders, TaskService taskService, AuthorizationService authorizationService) {
    this.roleHolders = roleHolders;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  /** At creation: the holders of each record-scoped candidate role become candidate users. */
  void route(DelegateTask task) {
    Routing routing = routingOf(task.getCandidates(), RecordScope.of(task));
    if (!routing.users().isEmpty()) {
      task.addCandidateUsers(routing.users());
    }
    routing.soleHolder().filter(user -> task.getAssignee() == null).ifPresent(task::setAssignee);
    if (routing.nobodyCanAct() && task.getAssignee() == null) {
      LOG.warn("Task {} '{}' ({}): nobody holds {} for this record; the project office must appoint a holder or "
          + "reassign the task", task.getId(), task.getName(), task.getProcessInstanceId(), routing.missingRoles());
      task.setVariableLocal(ROUTING_GAP, String.join(",", routing.missingRoles()));
    }
  }

  @EventListener
  void onHoldersChanged(RoleHoldersChanged change) {
    int changed = change.projectNumber() == null ? rerouteOpenTasks(change.role())
        : rerouteOpenTasks(change.role(), change.projectNumber());
    if (changed > 0) {
      LOG.info("{} open task(s) of {} follow the new role holders", changed, change.role().groupId());
    }
  }

  /** Every open task of the role again: after its holders changed, the new ones get it and the old ones lose it. */
  @Transactional
  public int rerouteOpenTasks(Role role) {
    int changed = 0;
    for (Task task : taskService.createTaskQuery().taskCandidateGroup(role.groupId()).includeAssignedTasks().list()) {
      if (reroute(task)) {
        changed++;
      }
    }
    return changed;
  }

  /** The open tasks of the role on one project (process tasks and notices) follow its new holders. */
  @Transactional
  public int rerouteOpenTasks(Role role, String projectNumber) {
    Set<String> seen = new TreeSet<>();
    int changed = 0;
    for (TaskQuery query : List.of(
        taskService.createTaskQuery().taskCandidateGroup(role.groupId()).includeAssignedTasks()
            .processVariableValueEquals(RecordScope.PROJECT_NUMBER, projectNumber),
        taskService.createTaskQuery().taskCandidateGroup(role.groupId()).includeAssignedTasks()
            .taskVariableValueEquals(RecordScope.PROJECT_NUMBER, projectNumber))) {
      for (Task task : query.list()) {
        if (seen.add(task.getId()) && reroute(task)) {
          changed++;
        }
      }
    }
    return changed;
  }

  /** Recomputes one open task's candidate users; answers whether anything changed. */
  @Transactional
  public boolean reroute(Task task) {
    List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
    Map<String, Object> variables = taskService.getVariables(task.getId());
    Routing routing = routingOf(links, RecordScope.of(variables));
    if (!routing.narrowed()) {
      return false;
    }
    Set<String> current = new TreeSet<>();
    links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
        .forEach(link -> current.add(link.getUserId()));
    boolean changed = false;
    for (String user : routing.users()) {
      if (!current.contains(user)) {
        taskService.addCandidateUser(task.getId(), user);
        changed = true;
      }
    }
    for (String user : current) {
      if (!routing.users().contains(user)) {
        taskService.deleteCandidateUser(task.getId(), user);
        if (!user.equals(task.getAssignee())) {
          revokeTaskGrant(task.getId(), user);
        }
        changed = true;
      }
    }
    String assignee = task.getAssignee();
    boolean reassigned = taskService.getVariableLocal(task.getId(), REASSIGNED_BY) != null;
    if (assignee != null && !reassigned && !routing.users().contains(assignee)) {
      // The former holder had claimed it: the task goes back to the new holders.
      taskService.setAssignee(task.getId(), null);
      revokeTaskGrant(task.getId(), assignee);
      assignee = null;
      changed = true;
    }
    if (assignee == null && routing.soleHolder().isPresent()) {
      taskService.setAssignee(task.getId(), routing.soleHolder().get());
      assignee = routing.soleHolder().get();
      changed = true;
    }
    if (routing.nobodyCanAct() && assignee == null) {
      taskService.setVariableLocal(task.getId(), ROUTING_GAP, String.join(",", routing.missingRoles()));
    } else if (taskService.getVariableLocal(task.getId(), ROUTING_GAP) != null) {
      taskService.removeVariableLocal(task.getId(), ROUTING_GAP);
    }
    return changed;
  }

  private void revokeTaskGrant(String taskId, String userId) {
    authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).userIdIn(userId)
        .resourceType(Resources.TASK).resourceId(taskId).list()
        .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
  }

  private Routing routingOf(Iterable<? extends IdentityLink> links, RecordScope scope) {
    Set<String> users = new TreeSet<>();
    Set<String> missing = new LinkedHashSet<>();
    boolean narrowed = false;
    boolean groupWide = false;
    for (IdentityLink link : links) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType()) || link.getGroupId() == null) {
        continue;
      }
      Optional<List<String>> holders = Role.ofGroup(link.getGroupId())
          .flatMap(role -> roleHolders.holders(role, scope));
      if (holders.isEmpty()) {
        groupWide = true;
        continue;
      }
      narrowed = true;
      users.addAll(holders.get());
      if (holders.get().isEmpty()) {
        missing.add(link.getGroupId());
      }
    }
    return new Routing(narrowed, groupWide, users, missing);
  }

  private record Routing(boolean narrowed, boolean groupWide, Set<String> users, Set<String> missingRoles) {
    boolean nobodyCanAct() {
      return narrowed && !groupWide && users.isEmpty();
    }

    /** The one person who can act: the task is theirs at once, on their first screen, with no claim to make. */
    Optional<String> soleHolder() {
      return narrowed && !groupWide && users.size() == 1 ? Optional.of(users.iterator().next()) : Optional.empty();
    }
  }
}
