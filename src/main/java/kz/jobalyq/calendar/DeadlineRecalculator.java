package kz.jobalyq.calendar;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
 * same way. Each is evaluated again with "now" at the moment the timer or task was created. The work is
 * split into chunks run as engine jobs ({@link DeadlineRecalculations}).
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

  /** A deadline to recalculate: a timer job or a user task, by id. */
  public record Item(Kind kind, String id) {
  }

  public enum Kind { TIMER, TASK }

  /**
   * The open deadlines that came from the calendar: timers whose definition calls {@code workingDays} (not
   * those counted from now(), which cannot be re-based and are named in the log) and tasks whose due or
   * follow-up date does.
   */
  public List<Item> openDeadlines() {
    List<Item> items = new ArrayList<>();
    for (JobDefinition definition : calendarTimerDefinitions(true)) {
      managementService.createJobQuery().jobDefinitionId(definition.getId()).timers().list()
          .forEach(job -> items.add(new Item(Kind.TIMER, job.getId())));
    }
    Map<String, Map<String, TaskDeadlineExpressions>> expressionsByDefinition = new HashMap<>();
    for (Task task : taskService.createTaskQuery().list()) {
      if (task.getProcessDefinitionId() != null && task.getExecutionId() != null
          && expressionsByDefinition.computeIfAbsent(task.getProcessDefinitionId(), this::calendarExpressionsOf)
              .containsKey(task.getTaskDefinitionKey())) {
        items.add(new Item(Kind.TASK, task.getId()));
      }
    }
    return items;
  }

  /**
   * About as many as {@link #openDeadlines}, counted without reading them: the timers exactly; the tasks of each
   * process whose latest version gives a task a calendar deadline, by that task's id in any version.
   */
  public int countOpenDeadlines() {
    long count = 0;
    for (JobDefinition definition : calendarTimerDefinitions(false)) {
      count += managementService.createJobQuery().jobDefinitionId(definition.getId()).timers().count();
    }
    for (ProcessDefinition latest : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      Set<String> taskKeys = calendarExpressionsOf(latest.getId()).keySet();
      if (!taskKeys.isEmpty()) {
        count += taskService.createTaskQuery().processDefinitionKey(latest.getKey())
            .taskDefinitionKeyIn(taskKeys.toArray(String[]::new)).count();
      }
    }
    return (int) count;
  }

  /** Timer definitions whose expression calls the calendar and can be re-based; those that cannot, logged. */
  private List<JobDefinition> calendarTimerDefinitions(boolean logSkipped) {
    List<JobDefinition> result = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (JobDefinition definition : managementService.createJobDefinitionQuery().list()) {
      String configuration = definition.getJobConfiguration();
      if (configuration == null || !configuration.contains(CALENDAR_CALL)) {
        continue;
      }
      if (basedOnNow(configuration)) {
        skipped.add(definition.getProcessDefinitionKey() + "/" + definition.getActivityId());
      } else {
        result.add(definition);
      }
    }
    if (logSkipped && !skipped.isEmpty()) {
      LOG.info("Calendar changed: timers counted from now() are left as they are: {}", skipped);
    }
    return result;
  }

  /**
   * Recalculates these deadlines, each from the moment its timer or task was created (so running a chunk
   * twice moves nothing twice); answers how many moved. A deadline gone meanwhile is skipped.
   */
  public int recalculate(List<Item> items) {
    Set<String> timerIds = new HashSet<>();
    List<String> taskIds = new ArrayList<>();
    for (Item item : items) {
      if (item.kind() == Kind.TIMER) {
        timerIds.add(item.id());
      } else {
        taskIds.add(item.id());
      }
    }
    return recalculateTimers(timerIds) + recalculateTasks(taskIds);
  }

  /** The chunk's timers read in one query before and one after, each re-evaluated on its own. */
  private int recalculateTimers(Set<String> jobIds) {
    if (jobIds.isEmpty()) {
      return 0;
    }
    List<Job> timers = managementService.createJobQuery().jobIds(jobIds).timers().list();
    Map<String, Date> before = dueDatesOf(timers);
    for (Job job : timers) {
      WorkingDays.withRecalculationBase(job.getCreateTime(), () -> {
        managementService.recalculateJobDuedate(job.getId(), false);
        return null;
      });
    }
    Map<String, Date> after = dueDatesOf(managementService.createJobQuery().jobIds(jobIds).timers().list());
    int moved = 0;
    for (Map.Entry<String, Date> timer : after.entrySet()) {
      if (before.containsKey(timer.getKey()) && !Objects.equals(before.get(timer.getKey()), timer.getValue())) {
        moved++;
      }
    }
    return moved;
  }

  /** Due dates of the timers read (a timer that fired or ended meanwhile is not among them, and is skipped). */
  private static Map<String, Date> dueDatesOf(List<Job> timers) {
    Map<String, Date> dueDates = new HashMap<>();
    timers.forEach(job -> dueDates.put(job.getId(), job.getDuedate()));
    return dueDates;
  }

  /** The chunk's tasks read in one query (a task completed meanwhile is skipped). */
  private int recalculateTasks(List<String> taskIds) {
    if (taskIds.isEmpty()) {
      return 0;
    }
    Map<String, Map<String, TaskDeadlineExpressions>> expressionsByDefinition = new HashMap<>();
    int moved = 0;
    for (Task task : taskService.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).list()) {
      moved += recalculateTask(task, expressionsByDefinition) ? 1 : 0;
    }
    return moved;
  }

  private boolean recalculateTask(Task task,
      Map<String, Map<String, TaskDeadlineExpressions>> expressionsByDefinition) {
    if (task.getProcessDefinitionId() == null || task.getExecutionId() == null) {
      return false;
    }
    TaskDeadlineExpressions expressions = expressionsByDefinition
        .computeIfAbsent(task.getProcessDefinitionId(), this::calendarExpressionsOf)
        .get(task.getTaskDefinitionKey());
    if (expressions == null) {
      return false;
    }
    Date dueDate = evaluate(expressions.dueDate(), task);
    Date followUpDate = evaluate(expressions.followUpDate(), task);
    boolean dueMoved = dueDate != null && !dueDate.equals(task.getDueDate());
    boolean followUpMoved = followUpDate != null && !followUpDate.equals(task.getFollowUpDate());
    if (!dueMoved && !followUpMoved) {
      return false;
    }
    if (dueMoved) {
      task.setDueDate(dueDate);
    }
    if (followUpMoved) {
      task.setFollowUpDate(followUpDate);
    }
    taskService.saveTask(task);
    return true;
  }

  private Date evaluate(String expressionText, Task task) {
    if (expressionText == null || basedOnNow(expressionText)) {
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
}
