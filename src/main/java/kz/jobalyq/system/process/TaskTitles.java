package kz.jobalyq.system.process;

import java.util.List;
import java.util.regex.Pattern;
import kz.jobalyq.system.TextLimits;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every user task's name carries its record's number (from the model) and title (added here), so a task
 * is recognised in Tasklist's list: "PRJ-2026-0007 · Жоба жарғысын толтыру — Өтініштерді цифрландыру".
 * The title is the first of these process variables that is set; a model that already puts it in the
 * name is left as it is.
 */
@Component
public class TaskTitles extends AbstractProcessEnginePlugin {

  /** A process whose record has no name of its own sets this, e.g. a problem's short description. */
  public static final String RECORD_TITLE = "recordTitle";
  static final List<String> TITLE_VARIABLES = List.of(RECORD_TITLE, "projectName", "initiativeTitle", "callTitle");
  static final int MAX_TITLE = 120;
  static final String SEPARATOR = " — ";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  static final TaskListener ADD_TITLE = TaskTitles::addTitle;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    addPostParseListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, ADD_TITLE);
        }
      }
    });
  }

  /** Adds a BPMN parse listener after the engine's own, keeping those other plugins added. */
  static void addPostParseListener(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    List<BpmnParseListener> listeners = EngineLists.copyOf(configuration.getCustomPostBPMNParseListeners());
    listeners.add(listener);
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static void addTitle(DelegateTask task) {
    String name = task.getName();
    String title = title(task);
    if (name == null || title == null || name.contains(title)) {
      return;
    }
    String titled = name + SEPARATOR + title;
    // The engine stores at most 255 characters of a task's name.
    task.setName(TextLimits.cut(titled, 255));
  }

  private static String title(DelegateTask task) {
    for (String variable : TITLE_VARIABLES) {
      Object value = task.getVariable(variable);
      if (value != null && !value.toString().isBlank()) {
        return TextLimits.cut(WHITESPACE.matcher(value.toString().strip()).replaceAll(" "), MAX_TITLE);
      }
    }
    return null;
  }
}
