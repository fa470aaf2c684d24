package kz.jobalyq.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.builder.BuilderException;
import org.apache.ibatis.ognl.Ognl;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.scripting.xmltags.OgnlCache;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

/**
 * A compiled SQL-mapping expression answers what OGNL's interpreter answers, for the shapes the engine's mappings
 * use: property chains that meet null, && and || (which give an operand, not a boolean), comparisons across number
 * types, method calls with arguments, map keys, list and array sizes, properties without a getter — and fails where
 * OGNL fails. Each case is evaluated as MyBatis does ({@link OgnlCache#getValue}) with the compiled form checking
 * itself against the interpreter (a different answer, or a failure where OGNL answers, fails the case), and its value
 * is asserted.
 */
class CompiledExpressionTest {

  private static Object value(String expression, Map<String, Object> root) {
    assertThat(EngineSqlExpressions.compile(expression, true)).as("compiled: %s", expression).isTrue();
    return OgnlCache.getValue(expression, root);
  }

  private static Map<String, Object> root(Object... keysAndValues) {
    Map<String, Object> root = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      root.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return root;
  }

  @Test
  void propertyChainsAndNull() {
    TaskQueryImpl named = (TaskQueryImpl) new TaskQueryImpl().taskName("Өзгерту");
    assertThat(value("query.name != null", root("query", named))).isEqualTo(true);
    assertThat(value("query.name != null", root("query", new TaskQueryImpl()))).isEqualTo(false);
    assertThat(value("query.name", root("query", named))).isEqualTo("Өзгерту");
    // a chain meeting null gives null (OGNL's short circuit), also with no query at all
    assertThat(value("query.processInstanceIdIn.length", root("query", new TaskQueryImpl()))).isNull();
    assertThat(value("absent.name == null", root())).isEqualTo(true);
  }

  @Test
  void andOrGiveAnOperandAndNotGivesABoolean() {
    assertThat(value("a && b", root("a", 1, "b", "y"))).isEqualTo("y");
    assertThat(value("a && b", root("a", null, "b", "y"))).isNull();
    // to OGNL a string is true only when it says "true"
    assertThat(value("a && b", root("a", "x", "b", "y"))).isEqualTo("x");
    assertThat(value("a || b", root("a", "", "b", 0))).isEqualTo(0);
    assertThat(value("a || b", root("a", 5, "b", 0))).isEqualTo(5);
    assertThat(value("!a", root("a", 0))).isEqualTo(true);
    assertThat(value("!a", root("a", "true"))).isEqualTo(false);
    assertThat(value("!a", root("a", new Object()))).isEqualTo(false);
  }

  @Test
  void comparisonsAcrossNumberTypesAndStrings() {
    assertThat(value("n > 0", root("n", 3L))).isEqualTo(true);
    assertThat(value("n >= 3", root("n", 3.0))).isEqualTo(true);
    assertThat(value("n < 3", root("n", 3))).isEqualTo(false);
    assertThat(value("n <= 3", root("n", (short) 2))).isEqualTo(true);
    assertThat(value("n == 3", root("n", 3L))).isEqualTo(true);
    assertThat(value("kind == 'update'", root("kind", "update"))).isEqualTo(true);
    assertThat(value("kind != 'update'", root("kind", "delete"))).isEqualTo(true);
  }

  @Test
  void methodsMapsListsAndArrays() {
    assertThat(value("kind.equals('NOT_EQUALS') || kind.equals('NOT_LIKE')", root("kind", "NOT_LIKE")))
        .isEqualTo(true);
    assertThat(value("ids != null and !ids.isEmpty()", root("ids", List.of("a")))).isEqualTo(true);
    assertThat(value("ids != null && ids.size > 0", root("ids", List.of()))).isEqualTo(false);
    assertThat(value("names.length > 0", root("names", new String[] {"a", "b"}))).isEqualTo(true);
    // a map's keys, and the names OGNL's map accessor answers itself
    assertThat(value("parameter.source", root("parameter", Map.of("source", "s1")))).isEqualTo("s1");
    assertThat(value("parameter.size > 1", root("parameter", Map.of("a", 1, "b", 2)))).isEqualTo(true);
    assertThat(value("parameter.isEmpty", root("parameter", Map.of()))).isEqualTo(true);
    assertThat(value("source.equals(parameter.source)", root("source", "s1", "parameter", Map.of("source", "s1"))))
        .isEqualTo(true);
  }

  @Test
  void propertiesWithoutAGetterAreReadByTheirMethod() {
    TaskQueryImpl withoutTenant = (TaskQueryImpl) new TaskQueryImpl().withoutTenantId();
    assertThat(value("query.isWithoutTenantId", root("query", withoutTenant))).isEqualTo(true);
    assertThat(value("!query.isOrQueryActive", root("query", withoutTenant))).isEqualTo(true);
  }

  /** Not public: its public getter is read only once made accessible. */
  static class Hidden {
    public String getName() {
      return "hidden";
    }
  }

  /** Public, with its getter inherited from the class above. */
  public static class Shown extends Hidden {
  }

  @Test
  void gettersOfClassesThatAreNotPublicAreRead() {
    assertThat(value("item.name", root("item", new Hidden()))).isEqualTo("hidden");
    assertThat(value("item.name == 'hidden'", root("item", new Shown()))).isEqualTo(true);
    // each class read again, now that its read method is known
    assertThat(value("item.name", root("item", new Shown()))).isEqualTo("hidden");
    assertThat(value("item.name", root("item", new Hidden()))).isEqualTo("hidden");
  }

  @Test
  void whatOgnlRefusesIsRefusedTheSameWay() {
    assertThatThrownBy(() -> value("query.noSuchProperty", root("query", new TaskQueryImpl())))
        .isInstanceOf(BuilderException.class).hasMessageContaining("query.noSuchProperty");
    assertThatThrownBy(() -> value("name.noSuchMethod()", root("name", "x")))
        .isInstanceOf(BuilderException.class).hasMessageContaining("noSuchMethod");
  }

  @Test
  void kindsOgnlKeepsAreLeftToIt() throws OgnlException {
    assertThat(CompiledExpression.of((org.apache.ibatis.ognl.Node) Ognl.parseExpression("(index+1) % 1000"), true))
        .isNull();
    // inside a compiled expression such a part is evaluated by OGNL itself
    assertThat(value("index != 0 && (index+1) % 1000 == 0", root("index", 999))).isEqualTo(true);
    assertThat(value("index != 0 && (index+1) % 1000 == 0", root("index", 998))).isEqualTo(false);
  }
}
