package kz.jobalyq.change.delegate;

import kz.jobalyq.change.ChangeRequestProcess;
import kz.jobalyq.change.ChangeRequestProcess.Vars;
import kz.jobalyq.change.ChangeRequestService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The review deadline passed: the request is marked overdue in the archive and the lead's task,
 * which stays open, rises to the top of their list. Nothing is decided automatically.
 */
@Component("markChangeRequestOverdueListener")
public class MarkChangeRequestOverdueListener implements ExecutionListener {

  /** Above the default 50: an overdue review sorts first in Tasklist. */
  static final int OVERDUE_PRIORITY = 80;

  private final ChangeRequestService changeRequests;
  private final TaskService taskService;

  public MarkChangeRequestOverdueListener(ChangeRequestService changeRequests, TaskService taskService) {
    this.changeRequests = changeRequests;
    this.taskService = taskService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    changeRequests.markReviewOverdue((Long) execution.getVariable(Vars.CHANGE_REQUEST_ID));
    for (Task review : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ChangeRequestProcess.TASK_REVIEW).list()) {
      review.setPriority(OVERDUE_PRIORITY);
      taskService.saveTask(review);
    }
  }
}
