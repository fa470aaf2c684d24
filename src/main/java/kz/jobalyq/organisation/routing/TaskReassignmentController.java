package kz.jobalyq.organisation.routing;

import java.security.Principal;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The project office hands a task to another holder of its role, with a reason (000 §§13–14: it coordinates). */
@RestController
@RequestMapping("/api/tasks")
public class TaskReassignmentController {

  private final TaskReassignments reassignments;

  public TaskReassignmentController(TaskReassignments reassignments) {
    this.reassignments = reassignments;
  }

  public record ReassignmentRequest(String userId, String reason) {
  }

  public record ReassignmentView(String taskId, String taskName, String recordNumber, String fromUser, String toUser,
      String reason, String reassignedBy, Instant reassignedAt) {

    static ReassignmentView of(TaskReassignment reassignment) {
      return new ReassignmentView(reassignment.getTaskId(), reassignment.getTaskName(),
          reassignment.getRecordNumber(), reassignment.getFromUser(), reassignment.getToUser(),
          reassignment.getReason(), reassignment.getReassignedBy(), reassignment.getReassignedAt());
    }
  }

  @PostMapping("/{taskId}/reassignment")
  @PreAuthorize("hasAnyAuthority('camunda-admin', 'po-head', 'po-chief-manager', 'po-admin')")
  public ReassignmentView reassign(@PathVariable String taskId, @RequestBody ReassignmentRequest request,
      Principal principal) {
    return ReassignmentView.of(reassignments.reassign(taskId, request.userId(), request.reason(), principal.getName()));
  }
}
