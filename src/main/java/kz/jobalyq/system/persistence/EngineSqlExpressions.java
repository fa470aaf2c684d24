package kz.jobalyq.system.persistence;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.ognl.Node;
import org.apache.ibatis.ognl.Ognl;
import org.apache.ibatis.parsing.GenericTokenParser;
import org.apache.ibatis.scripting.xmltags.ChooseSqlNode;
import org.apache.ibatis.scripting.xmltags.DynamicSqlSource;
import org.apache.ibatis.scripting.xmltags.ForEachSqlNode;
import org.apache.ibatis.scripting.xmltags.IfSqlNode;
import org.apache.ibatis.scripting.xmltags.MixedSqlNode;
import org.apache.ibatis.scripting.xmltags.OgnlCache;
import org.apache.ibatis.scripting.xmltags.SqlNode;
import org.apache.ibatis.scripting.xmltags.TextSqlNode;
import org.apache.ibatis.scripting.xmltags.TrimSqlNode;
import org.apache.ibatis.scripting.xmltags.VarDeclSqlNode;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine renders its dynamic SQL on every query by evaluating the OGNL expressions of its mappings — several
 * hundred for a task query, a hundred for an authorisation check — through OGNL's interpreter; a JFR recording of
 * Tasklist's lists found a quarter of the request threads' time there, more than in running the statements. Once the
 * engine is built, every expression of every mapped statement (ours included) is compiled ({@link
 * CompiledExpression}) and given to the node MyBatis keeps for it, so each later rendering evaluates it directly.
 * The SQL, the statements and their answers are the engine's, unchanged; with
 * {@code jobalyq.persistence.verify-compiled-expressions} (on in the test suite) each evaluation is also checked
 * against OGNL's interpreter.
 */
@Component
public class EngineSqlExpressions extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineSqlExpressions.class);

  private final boolean verify;

  public EngineSqlExpressions(@Value("${jobalyq.persistence.verify-compiled-expressions:false}") boolean verify) {
    this.verify = verify;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Configuration mybatis = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDbSqlSessionFactory().getSqlSessionFactory().getConfiguration();
    Result result = compile(mybatis, verify);
    LOG.info("SQL mapping expressions: {} of {} compiled, from {} statements{}", result.compiled(),
        result.expressions(), result.statements(), verify ? " (each evaluation checked against OGNL)" : "");
  }

  record Result(int statements, int expressions, int compiled) {
  }

  static Result compile(Configuration mybatis, boolean verify) {
    Map<String, Object> cache = expressionCache();
    if (cache == null) {
      return new Result(0, 0, 0);
    }
    Set<MappedStatement> statements = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String name : new ArrayList<>(mybatis.getMappedStatementNames())) {
      try {
        statements.add(mybatis.getMappedStatement(name, false));
      } catch (IllegalArgumentException ambiguousShortName) {
        // the same statement is listed under its full name too
      }
    }
    Set<String> expressions = new TreeSet<>();
    for (MappedStatement statement : statements) {
      collect(statement.getSqlSource(), expressions);
    }
    int compiled = 0;
    for (String expression : expressions) {
      if (compile(cache, expression, verify)) {
        compiled++;
      }
    }
    return new Result(statements.size(), expressions.size(), compiled);
  }

  /** Compiles one expression for MyBatis (false when OGNL keeps it: unparsable, or a kind not compiled). */
  static boolean compile(String expression, boolean verify) {
    Map<String, Object> cache = expressionCache();
    return cache != null && compile(cache, expression, verify);
  }

  private static boolean compile(Map<String, Object> cache, String expression, boolean verify) {
    Node node = parsed(cache, expression);
    CompiledExpression form = node == null ? null : CompiledExpression.of(node, verify);
    if (form != null) {
      node.setAccessor(form);
    }
    return form != null;
  }

  /** The node MyBatis evaluates for this expression: the one it keeps, or one parsed now and kept for it. */
  private static Node parsed(Map<String, Object> cache, String expression) {
    try {
      Object node = cache.get(expression);
      if (node == null) {
        cache.putIfAbsent(expression, Ognl.parseExpression(expression));
        node = cache.get(expression);
      }
      return node instanceof Node parsed ? parsed : null;
    } catch (Exception unparsable) {
      return null; // MyBatis reports it when the statement runs
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> expressionCache() {
    try {
      Field field = OgnlCache.class.getDeclaredField("expressionCache");
      field.setAccessible(true);
      return (Map<String, Object>) field.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("SQL mapping expressions stay interpreted: MyBatis keeps its expressions elsewhere ({})", e.toString());
      return null;
    }
  }

  static void collect(SqlSource source, Set<String> expressions) {
    if (source instanceof DynamicSqlSource) {
      collect((SqlNode) read(source, "rootSqlNode"), expressions);
    }
  }

  private static void collect(SqlNode node, Set<String> expressions) {
    if (node == null) {
      return;
    }
    if (node instanceof MixedSqlNode) {
      contents(read(node, "contents"), expressions);
    } else if (node instanceof IfSqlNode) {
      add(expressions, read(node, "test"));
      collect((SqlNode) read(node, "contents"), expressions);
    } else if (node instanceof ChooseSqlNode) {
      collect((SqlNode) read(node, "defaultSqlNode"), expressions);
      contents(read(node, "ifSqlNodes"), expressions);
    } else if (node instanceof TrimSqlNode) {
      collect((SqlNode) read(node, "contents"), expressions);
    } else if (node instanceof ForEachSqlNode) {
      add(expressions, read(node, "collectionExpression"));
      collect((SqlNode) read(node, "contents"), expressions);
    } else if (node instanceof VarDeclSqlNode) {
      add(expressions, read(node, "expression"));
    } else if (node instanceof TextSqlNode) {
      if (read(node, "text") instanceof String text) {
        new GenericTokenParser("${", "}", content -> {
          add(expressions, content);
          return "";
        }).parse(text);
      }
    }
  }

  private static void add(Set<String> expressions, Object expression) {
    if (expression instanceof String text) {
      expressions.add(text);
    }
  }

  private static void contents(Object nodes, Set<String> expressions) {
    if (nodes instanceof List<?> list) {
      for (Object node : list) {
        collect((SqlNode) node, expressions);
      }
    }
  }

  private static Object read(Object target, String name) {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }
    return null;
  }
}
