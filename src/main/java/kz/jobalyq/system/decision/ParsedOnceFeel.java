package kz.jobalyq.system.decision;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import camundajar.impl.scala.util.Either;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.FeelEngine$;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper.CompositeValueMapper;
import org.springframework.stereotype.Component;

/**
 * The decision tables' FEEL, parsed once per text instead of on every evaluation. Camunda's FEEL engine parses each
 * input entry and output expression again each time a table is evaluated; a JFR recording of the benchmark found
 * that parsing in a third of all the change request's decision-table CPU. Here the parsed form of each text is kept
 * (a parse that fails is not kept, so its error is raised as before) and evaluated with the same engine, functions
 * and value mappers Camunda builds. Texts come from deployed models, so there are few; the store is emptied if it
 * ever holds more than {@value #MOST_TEXTS}, after many redeployments.
 */
@Component
public class ParsedOnceFeel extends AbstractProcessEnginePlugin {

  static final int MOST_TEXTS = 2_000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Set only where nobody configured the decision engine otherwise; the engine adds its own settings to it.
    if (configuration.getDmnEngineConfiguration() == null) {
      configuration.setDmnEngineConfiguration(new Configuration());
    }
  }

  /**
   * The engine's decision configuration, with the FEEL engine below where it would build Camunda's own; the tests
   * of the decision tables evaluate them with it too.
   */
  public static final class Configuration extends DefaultDmnEngineConfiguration {
    @Override
    protected void initFeelEngine() {
      if (feelEngineFactory == null && !enableFeelLegacyBehavior) {
        List<FeelCustomFunctionProvider> functions = feelCustomFunctionProviders;
        feelEngineFactory = () -> new Engine(functions);
      }
      super.initFeelEngine();
    }
  }

  /** Camunda's FEEL engine for decisions, built on the parsing engine below. */
  static final class Engine extends ScalaFeelEngine {
    Engine(List<FeelCustomFunctionProvider> functions) {
      super(functions);
    }

    @Override
    protected FeelEngine buildFeelEngine(CustomFunctionTransformer functions, CompositeValueMapper values) {
      return new Parsing(functions, values);
    }

    /** How many texts are kept parsed. */
    int parsedTexts() {
      return ((Parsing) feelEngine).texts();
    }
  }

  /** What Camunda's builder makes (its functions and values, no external functions), keeping what it parsed. */
  static final class Parsing extends FeelEngine {
    private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();
    private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();

    Parsing(CustomFunctionTransformer functions, CompositeValueMapper values) {
      super(functions, values, FeelEngine$.MODULE$.defaultConfiguration().copy(false),
          FeelEngine$.MODULE$.defaultClock());
    }

    @Override
    public Either<Failure, ParsedExpression> parseUnaryTests(String text) {
      return parsedOnce(unaryTests, text, super::parseUnaryTests);
    }

    @Override
    public Either<Failure, ParsedExpression> parseExpression(String text) {
      return parsedOnce(expressions, text, super::parseExpression);
    }

    int texts() {
      return unaryTests.size() + expressions.size();
    }

    private static Either<Failure, ParsedExpression> parsedOnce(Map<String, Either<Failure, ParsedExpression>> parsed,
        String text, Function<String, Either<Failure, ParsedExpression>> parse) {
      if (text == null) {
        return parse.apply(null);
      }
      Either<Failure, ParsedExpression> known = parsed.get(text);
      if (known != null) {
        return known;
      }
      Either<Failure, ParsedExpression> result = parse.apply(text);
      if (result.isRight()) {
        if (parsed.size() >= MOST_TEXTS) {
          parsed.clear();
        }
        parsed.put(text, result);
      }
      return result;
    }
  }
}
