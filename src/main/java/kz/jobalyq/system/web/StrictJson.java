package kz.jobalyq.system.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our API's JSON refuses what it would otherwise guess at (with {@code spring.jackson.deserialization.*} in
 * application.yaml): {@code 2} or {@code 0} for true/false, and text holding the NUL character, which
 * PostgreSQL cannot store. Both are answered 400 naming the field ({@link JsonProblems}).
 */
@Configuration
public class StrictJson {

  /** Spring Boot installs every Module bean in the API's ObjectMapper. */
  @Bean
  SimpleModule noNulStrings() {
    SimpleModule noNul = new SimpleModule("jobalyq-no-nul");
    noNul.addDeserializer(String.class, new NoNulString());
    return noNul;
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer noNumbersAsBooleans() {
    return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Boolean)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
  }

  /** Strings as Jackson reads them, except that the NUL character is refused. */
  static final class NoNulString extends StdScalarDeserializer<String> {

    NoNulString() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String value = StringDeserializer.instance.deserialize(parser, context);
      if (value != null && value.indexOf('\u0000') >= 0) {
        return (String) context.handleWeirdStringValue(String.class, value, "must not contain the NUL character");
      }
      return value;
    }
  }
}
