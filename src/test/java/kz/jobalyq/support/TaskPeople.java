package kz.jobalyq.support;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** Whom a task reached, as its candidate links say (the engine lists the assignee and owner among its links too). */
public final class TaskPeople {

  private TaskPeople() {
  }

  /** The task's candidate users, sorted. */
  public static List<String> candidateUsers(TaskService taskService, String taskId) {
    return candidates(taskService, taskId).stream().map(IdentityLink::getUserId).filter(user -> user != null)
        .sorted().toList();
  }

  /** The task's candidate groups, sorted. */
  public static List<String> candidateGroups(TaskService taskService, String taskId) {
    return candidates(taskService, taskId).stream().map(IdentityLink::getGroupId).filter(group -> group != null)
        .sorted().toList();
  }

  private static List<IdentityLink> candidates(TaskService taskService, String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
  }
}
