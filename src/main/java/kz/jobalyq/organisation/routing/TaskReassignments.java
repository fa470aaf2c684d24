package kz.jobalyq.organisation.routing;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project office steps in where a role holder is absent: it hands the task to another person who holds
 * the task's role, with a reason, and the hand-over is recorded (table, task comment). It never completes the
 * task itself.
 */
@Service
@Transactional
public class TaskReassignments {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final TaskReassignmentRepository reassignments;
  private final Clock clock;

  public TaskReassignments(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
      TaskReassignmentRepository reassignments, Clock clock) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.reassignments = reassignments;
    this.clock = clock;
  }

  public TaskReassignment reassign(String taskId, String toUser, String reason, String by) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new NotFoundException(Messages.text("notFound.task", taskId));
    }
    if (reason == null || reason.isBlank()) {
      throw BadInput.of("reason", "reassignment.reason.required");
    }
    if (reason.length() > 2000) {
      throw BadInput.of("reason", "reassignment.reason.tooLong", "2000");
    }
    if (toUser == null || toUser.isBlank() || identityService.createUserQuery().userId(toUser.strip()).count() == 0) {
      throw BadInput.of("userId", "reassignment.user.unknown", String.valueOf(toUser));
    }
    String user = toUser.strip();
    List<String> roles = taskService.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    boolean holdsRole = roles.isEmpty() || roles.stream()
        .anyMatch(role -> identityService.createUserQuery().userId(user).memberOfGroup(role).count() > 0);
    if (!holdsRole) {
      throw BadInput.of("userId", "reassignment.user.notInRole", user, roles.stream()
          .map(Role::displayName).collect(Collectors.joining(", ")));
    }
    String from = task.getAssignee();
    taskService.setAssignee(taskId, user);
    taskService.setVariableLocal(taskId, TaskRouter.REASSIGNED_BY, by);
    taskService.removeVariableLocal(taskId, TaskRouter.ROUTING_GAP);
    String recordNumber = recordNumberOf(task);
    taskService.createComment(taskId, task.getProcessInstanceId(),
        // An engine comment reads the same for everyone: both languages, Kazakh first.
        Messages.text(UserLanguage.KK, "reassignment.comment", by, user, reason.strip()) + "\n"
            + Messages.text(UserLanguage.RU, "reassignment.comment", by, user, reason.strip()));
    return reassignments.save(new TaskReassignment(taskId, task.getName(), task.getProcessInstanceId(), recordNumber,
        from, user, reason.strip(), by, clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<TaskReassignment> ofRecord(String recordNumber) {
    return reassignments.findByRecordNumberOrderByReassignedAtAsc(recordNumber);
  }

  private String recordNumberOf(Task task) {
    if (task.getProcessInstanceId() == null) {
      return null;
    }
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }
}
