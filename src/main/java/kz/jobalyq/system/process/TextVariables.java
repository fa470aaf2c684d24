package kz.jobalyq.system.process;

import java.util.List;
import kz.jobalyq.system.TextLimits;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * A text process variable is stored in a column of at most {@link #MAX_LENGTH} characters, and PostgreSQL
 * refuses the NUL character in text. Such a value — from a form, the REST API or a script — is refused naming
 * the variable ({@link BadInputPlugin} makes it a 400 on the form) instead of failing in the database.
 */
@Component
public class TextVariables extends AbstractProcessEnginePlugin {

  /** Camunda's ACT_*.TEXT_ columns. */
  static final int MAX_LENGTH = 4000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = EngineLists.copyOf(configuration.getCustomPreVariableSerializers());
    serializers.add(new CheckedStrings());
    configuration.setCustomPreVariableSerializers(serializers);
  }

  /** Camunda's own string serializer (same name, same columns), checking before it writes. */
  static final class CheckedStrings extends StringValueSerializer {

    @Override
    public void writeValue(StringValue value, ValueFields fields) {
      TextLimits.requireNoNul(fields.getName(), value.getValue());
      TextLimits.requireMaxLength(fields.getName(), value.getValue(), MAX_LENGTH);
      super.writeValue(value, fields);
    }
  }
}
