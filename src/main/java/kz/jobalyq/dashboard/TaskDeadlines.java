package kz.jobalyq.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.i18n.UserLanguage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's open user tasks due in a window, with what a reader needs beside each: the record's
 * number (the process's business key), the process's name and the candidate groups, names in the reader's
 * language. A fixed number of queries however many tasks there are: the tasks, their process instances, their
 * process definitions and their candidate groups.
 */
@Component
class TaskDeadlines {

  /** How many tasks of a window are read at most when they must be filtered by their record. */
  static final int SCAN_LIMIT = 2000;

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final ManagementService managementService;
  private final NamedParameterJdbcTemplate jdbc;
  private final ModelTranslations translations;
  private volatile String identityLinkTable;

  TaskDeadlines(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
      ManagementService managementService, NamedParameterJdbcTemplate jdbc, ModelTranslations translations) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.managementService = managementService;
    this.jdbc = jdbc;
    this.translations = translations;
  }

  /** An open task due in the window, with its record's number. */
  record DueTask(String taskId, String name, Instant due, String assignee, List<String> candidateGroups,
      String processKey, String processName, String businessKey) {
  }

  /** The tasks due in a window: how many, and the first of them. */
  record Window(long count, List<DueTask> tasks) {
  }

  /**
   * The active tasks due after {@code from} and no later than {@code until}, soonest first, at most
   * {@code limit} of them listed. With {@code recordFilter}, only the tasks whose business key it
   * accepts; the engine cannot filter on that, so up to {@link #SCAN_LIMIT} tasks are read and
   * filtered here.
   */
  Window dueBetween(Instant from, Instant until, Predicate<String> recordFilter, int limit) {
    TaskQuery query = taskService.createTaskQuery().active()
        .dueAfter(Date.from(from))
        // dueBefore is exclusive: a task due at the window's last second (23:59:59 of its last day) belongs to it.
        .dueBefore(Date.from(until.plusSeconds(1)))
        .orderByDueDate().asc().orderByTaskId().asc();
    if (recordFilter == null) {
      long count = query.count();
      List<Task> tasks = count == 0 ? List.of() : query.listPage(0, limit);
      return new Window(count, describe(tasks, businessKeysOf(tasks)));
    }
    List<Task> scanned = query.listPage(0, SCAN_LIMIT);
    Map<String, String> businessKeys = businessKeysOf(scanned);
    List<Task> matching = scanned.stream()
        .filter(task -> recordFilter.test(businessKeys.get(task.getProcessInstanceId())))
        .toList();
    return new Window(matching.size(), describe(matching.subList(0, Math.min(limit, matching.size())),
        businessKeys));
  }

  private Map<String, String> businessKeysOf(List<Task> tasks) {
    Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    if (instanceIds.isEmpty()) {
      return Map.of();
    }
    Map<String, String> keys = new HashMap<>();
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds)
        .list()) {
      if (instance.getBusinessKey() != null) {
        keys.put(instance.getId(), instance.getBusinessKey());
      }
    }
    return keys;
  }

  private List<DueTask> describe(List<Task> tasks, Map<String, String> businessKeys) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    String[] definitionIds = tasks.stream().map(Task::getProcessDefinitionId).filter(Objects::nonNull).distinct()
        .toArray(String[]::new);
    Map<String, ProcessDefinition> definitions = definitionIds.length == 0 ? Map.of()
        : repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(definitionIds).list().stream()
            .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
    Map<String, Set<String>> groups = candidateGroups(tasks.stream().map(Task::getId).toList());
    List<DueTask> due = new ArrayList<>();
    boolean russian = UserLanguage.isRussian();
    for (Task task : tasks) {
      ProcessDefinition definition = definitions.get(task.getProcessDefinitionId());
      String key = definition == null ? null : definition.getKey();
      String name = task.getName();
      String processName = definition == null ? null : definition.getName();
      // The models name things in Kazakh; a Russian reader gets the names Tasklist shows them.
      if (russian && key != null) {
        name = translations.taskNameRu(key, task.getTaskDefinitionKey(), name);
        processName = translations.processNameRu(key).orElse(processName);
      }
      due.add(new DueTask(task.getId(), name, task.getDueDate().toInstant(), task.getAssignee(),
          List.copyOf(groups.getOrDefault(task.getId(), Set.of())), key, processName,
          businessKeys.get(task.getProcessInstanceId())));
    }
    return due;
  }

  /**
   * Candidate groups of the tasks in one query. The engine's API answers them only task by task, so the
   * identity-link table is read directly (read-only, the engine's documented schema).
   */
  private Map<String, Set<String>> candidateGroups(List<String> taskIds) {
    if (identityLinkTable == null) {
      // The engine's own name for its table, with any configured prefix.
      identityLinkTable = managementService.getTableName(IdentityLinkEntity.class);
    }
    Map<String, Set<String>> groups = new HashMap<>();
    jdbc.query("select TASK_ID_, GROUP_ID_ from " + identityLinkTable
            + " where TYPE_ = :type and GROUP_ID_ is not null and TASK_ID_ in (:taskIds)",
        Map.of("type", IdentityLinkType.CANDIDATE, "taskIds", taskIds),
        row -> {
          groups.computeIfAbsent(row.getString(1), id -> new TreeSet<>()).add(row.getString(2));
        });
    return groups;
  }
}
