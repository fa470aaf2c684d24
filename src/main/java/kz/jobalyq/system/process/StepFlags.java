package kz.jobalyq.system.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A flag that only the step producing it reads — an exclusive gateway right after a service task, a decision
 * table fed by the evaluation just recorded, the deciding groups a multi-instance starts with — travels as a
 * transient variable: it reaches the gateway, table or collection within the same engine command and is never
 * written to ACT_RU_VARIABLE or to history. What it says is already in our tables (the step that set it stored
 * it there); a persisted copy cost three statements (insert, history, delete at the end) and told Cockpit
 * nothing our record does not. A value a later step, a timer or a form needs must stay an ordinary variable.
 */
public final class StepFlags {

  private StepFlags() {
  }

  /** Sets {@code name} for the rest of this engine command only. */
  public static void set(VariableScope scope, String name, Object value) {
    TypedValue existing = scope.getVariableTyped(name, false);
    if (existing != null && !existing.isTransient()) {
      // An instance started before the flag became step-only holds it as a variable: it is updated there
      // (the engine cannot turn a stored variable into a transient one).
      scope.setVariable(name, value);
    } else {
      scope.setVariable(name, Variables.untypedValue(value, true));
    }
  }
}
