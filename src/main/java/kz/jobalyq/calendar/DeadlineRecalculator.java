package kz.jobalyq.calendar;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Recomputes the open deadlines that came from the calendar after an administrator changes it:
 * timers whose definition calls {@code workingDays} and user-task due/follow-up dates written the
 * same way. Each is evaluated again with "now" at the moment the timer or task was created.
 */
@Component
public class DeadlineRecalculator {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineRecalculator.class);
  private static final String CALENDAR_CALL = WorkingDays.BEAN_NAME + ".";

  private final ProcessEngineConfigurationImpl engine;
  private final ManagementService managementService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;

  public DeadlineRecalculator(ProcessEngineConfigurationImpl engine, ManagementService managementService,
      TaskService taskService, RepositoryService repositoryService) {
    this.engine = engine;
    this.managementService = managementService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
  }

  public Report recalculateOpenDeadlines() {
    Report report = new Report();
    recalculateTimers(report);
    recalculateTasks(report);
    LOG.info("Calendar changed: {} of {} timers and {} of {} task deadlines moved; skipped {}",
        report.timersMoved, report.timersChecked, report.tasksMoved, report.tasksChecked, report.skipped);
    return report;
  }

  private void recalculateTimers(Report report) {
    for (JobDefinition definition : managementService.createJobDefinitionQuery().list()) {
      String configuration = definition.getJobConfiguration();
      if (configuration == null || !configuration.contains(CALENDAR_CALL)) {
        continue;
      }
      if (basedOnNow(configuration)) {
        report.skipped.add(definition.getProcessDefinitionKey() + "/" + definition.getActivityId());
        continue;
      }
      for (Job job : managementService.createJobQuery().jobDefinitionId(definition.getId()).timers().list()) {
        report.timersChecked++;
        Date before = job.getDuedate();
        WorkingDays.withRecalculationBase(job.getCreateTime(), () -> {
          managementService.recalculateJobDuedate(job.getId(), false);
          return null;
        });
        Job after = managementService.createJobQuery().jobId(job.getId()).singleResult();
        if (after != null && !Objects.equals(before, after.getDuedate())) {
          report.timersMoved++;
        }
      }
    }
  }

  private void recalculateTasks(Report report) {
    Map<String, Map<String, TaskDeadlineExpressions>> expressionsByDefinition = new HashMap<>();
    for (Task task : taskService.createTaskQuery().list()) {
      if (task.getProcessDefinitionId() == null || task.getExecutionId() == null) {
        continue;
      }
      TaskDeadlineExpressions expressions = expressionsByDefinition
          .computeIfAbsent(task.getProcessDefinitionId(), this::calendarExpressionsOf)
          .get(task.getTaskDefinitionKey());
      if (expressions == null) {
        continue;
      }
      report.tasksChecked++;
      Date dueDate = evaluate(expressions.dueDate(), task, report);
      Date followUpDate = evaluate(expressions.followUpDate(), task, report);
      boolean dueMoved = dueDate != null && !dueDate.equals(task.getDueDate());
      boolean followUpMoved = followUpDate != null && !followUpDate.equals(task.getFollowUpDate());
      if (dueMoved || followUpMoved) {
        if (dueMoved) {
          task.setDueDate(dueDate);
        }
        if (followUpMoved) {
          task.setFollowUpDate(followUpDate);
        }
        taskService.saveTask(task);
        report.tasksMoved++;
      }
    }
  }

  private Date evaluate(String expressionText, Task task, Report report) {
    if (expressionText == null) {
      return null;
    }
    if (basedOnNow(expressionText)) {
      report.skipped.add(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey());
      return null;
    }
    Expression expression = engine.getExpressionManager().createExpression(expressionText);
    Object value = engine.getCommandExecutorTxRequired().execute(commandContext -> {
      ExecutionEntity execution = commandContext.getExecutionManager().findExecutionById(task.getExecutionId());
      return WorkingDays.withRecalculationBase(task.getCreateTime(), () -> expression.getValue(execution));
    });
    return value instanceof Date date ? date : null;
  }

  private Map<String, TaskDeadlineExpressions> calendarExpressionsOf(String processDefinitionId) {
    Map<String, TaskDeadlineExpressions> result = new HashMap<>();
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
    for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
      String dueDate = calendarBased(userTask.getCamundaDueDate());
      String followUpDate = calendarBased(userTask.getCamundaFollowUpDate());
      if (dueDate != null || followUpDate != null) {
        result.put(userTask.getId(), new TaskDeadlineExpressions(dueDate, followUpDate));
      }
    }
    return result;
  }

  private static String calendarBased(String expression) {
    return expression != null && expression.contains(CALENDAR_CALL) ? expression : null;
  }

  private static boolean basedOnNow(String expression) {
    return expression.contains("now()");
  }

  private record TaskDeadlineExpressions(String dueDate, String followUpDate) {
  }

  /** What a recalculation did, returned to the administrator who changed the calendar. */
  public static final class Report {
    private int timersChecked;
    private int timersMoved;
    private int tasksChecked;
    private int tasksMoved;
    private final List<String> skipped = new ArrayList<>();

    public int getTimersChecked() {
      return timersChecked;
    }

    public int getTimersMoved() {
      return timersMoved;
    }

    public int getTasksChecked() {
      return tasksChecked;
    }

    public int getTasksMoved() {
      return tasksMoved;
    }

    /** Deadlines written over now(), which cannot be re-based and were left as they are. */
    public List<String> getSkipped() {
      return skipped;
    }
  }
}
