package kz.jobalyq.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import kz.jobalyq.system.i18n.ModelTranslations;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

/**
 * A record carried through Tasklist task after task, each done by a person the task reached (its assignee,
 * a candidate user, or a member of its candidate group) in their own browser session, through the form's
 * own buttons: only which person and which values come from the test.
 */
public final class TasklistWalk {

  private final Browser browser;
  private final int port;
  private final String language;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final ModelTranslations translations;

  /** A walk in Kazakh, the language the models name their tasks in. */
  public TasklistWalk(Browser browser, int port, String language, TaskService taskService,
      IdentityService identityService, RuntimeService runtimeService) {
    this(browser, port, language, taskService, identityService, runtimeService, null);
  }

  /** A walk in any language: a Russian reader's list names the tasks in Russian ({@code translations}). */
  public TasklistWalk(Browser browser, int port, String language, TaskService taskService,
      IdentityService identityService, RuntimeService runtimeService, ModelTranslations translations) {
    this.translations = translations;
    this.browser = browser;
    this.port = port;
    this.language = language;
    this.taskService = taskService;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
  }

  /**
   * Completes the open tasks of the record's process ({@code number}, its business key) until none is left
   * or {@code maxTasks} are done, filling each form's required fields and {@code values}. Answers
   * "user: task name" for each task done.
   */
  public List<String> complete(String number, Map<String, String> values, int maxTasks) {
    return complete(number, values, maxTasks, (task, session) -> { });
  }

  /**
   * As {@link #complete(String, Map, int)}; {@code reading} sees each task's form once it is open, before it is
   * filled (what the person reads to decide).
   */
  public List<String> complete(String number, Map<String, String> values, int maxTasks,
      BiConsumer<Task, TasklistSession> reading) {
    List<String> done = new ArrayList<>();
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    TasklistSession session = null;
    String signedIn = null;
    for (int step = 0; step < maxTasks; step++) {
      List<Task> open = taskService.createTaskQuery().processInstanceId(instanceId).orderByTaskCreateTime().asc()
          .list();
      if (open.isEmpty()) {
        break;
      }
      Task task = open.get(0);
      String person = personFor(task);
      if (!person.equals(signedIn)) {
        // A person with the next task too stays signed in, as they would; anyone else signs in afresh.
        session = TasklistSession.signIn(browser, port, person, language);
        signedIn = person;
      }
      session.openTask(number, namePart(nameShown(task)));
      reading.accept(task, session);
      session.fillRequired(values);
      session.completeAndWait();
      done.add(person + ": " + task.getName());
    }
    return done;
  }

  /**
   * The task's name as Tasklist shows it in this session's language: the engine's (Kazakh) name, or in Russian
   * the model's Russian name with the same values, as Tasklist is served it ({@code translations}).
   */
  private String nameShown(Task task) {
    if (!"ru".equals(language)) {
      return task.getName();
    }
    if (translations == null) {
      throw new IllegalStateException("a Russian walk needs ModelTranslations to find its tasks' names");
    }
    String definition = task.getProcessDefinitionId();
    return translations.taskNameRu(definition.substring(0, definition.indexOf(':')), task.getTaskDefinitionKey(),
        task.getName());
  }

  /** "INI-2026-0001 · Ақпараттық бюллетень (2-кезең) — Title" → "Ақпараттық бюллетень (2-кезең)". */
  private static String namePart(String name) {
    String withoutNumber = name.contains(" · ") ? name.substring(name.indexOf(" · ") + 3) : name;
    return withoutNumber.contains(" — ") ? withoutNumber.substring(0, withoutNumber.indexOf(" — "))
        : withoutNumber;
  }

  private String personFor(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return TaskPeople.candidateUsers(taskService, task.getId()).stream().findFirst()
        .orElseGet(() -> TaskPeople.candidateGroups(taskService, task.getId()).stream().findFirst()
            .flatMap(group -> identityService.createUserQuery().memberOfGroup(group).orderByUserId()
                .asc().list().stream().map(User::getId).findFirst())
            .orElseThrow(() -> new AssertionError("nobody may do " + task.getName())));
  }
}
