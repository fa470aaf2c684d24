package kz.jobalyq.system.forms;

import java.util.Map;

/** A task whose form is being opened: where it stands and the variables its process carries. */
public record TaskForm(String taskId, String processDefinitionKey, String taskDefinitionKey, String businessKey,
    Map<String, Object> variables) {

  public Object variable(String name) {
    return variables.get(name);
  }

  /** A variable holding a record id (a Long, or an Integer after a JSON round trip). */
  public Long id(String name) {
    Object value = variables.get(name);
    return value instanceof Number number ? number.longValue() : null;
  }

  public boolean is(String processKey) {
    return processKey.equals(processDefinitionKey);
  }
}
