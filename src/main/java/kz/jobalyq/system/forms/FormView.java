package kz.jobalyq.system.forms;

import java.util.Map;

/**
 * What a task's form shows of its record, read from our tables when the form is opened (not copied into
 * the process): the change request as filed, the problem as raised, the charter as submitted… A feature
 * offers one bean per process; its variables join the form's variables under their names, usually one
 * object {@code view} the form's texts read ({@code view.description}). Values are text for the eye:
 * Tasklist never renders them as markdown or HTML (they are escaped on the way).
 */
public interface FormView {

  /** The variables to show, or an empty map when the task is not one of this view's. */
  Map<String, Object> of(TaskForm task);
}
