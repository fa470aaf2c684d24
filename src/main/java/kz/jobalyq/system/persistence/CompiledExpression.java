package kz.jobalyq.system.persistence;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.ognl.ASTChain;
import org.apache.ibatis.ognl.ASTConst;
import org.apache.ibatis.ognl.ASTMethod;
import org.apache.ibatis.ognl.ASTProperty;
import org.apache.ibatis.ognl.MapPropertyAccessor;
import org.apache.ibatis.ognl.Node;
import org.apache.ibatis.ognl.NullHandler;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlOps;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.ognl.PropertyAccessor;
import org.apache.ibatis.ognl.enhance.ExpressionAccessor;

/**
 * One OGNL expression of the engine's SQL mappings ({@code <if test>}, {@code <foreach collection>}, {@code ${…}}),
 * evaluated without OGNL's interpreter: its tree turned once into nested evaluators that do what each node's
 * {@code getValueBody} does, with the property read of each node kept per class (the getter found once and called
 * directly). OGNL runs an expression through the accessor a parsed node carries ({@link Node#setAccessor}), its
 * own hook for compiled expressions. Node kinds not listed here (arithmetic, static calls, indexes, variables) stay
 * with OGNL, as a whole subtree; anything unexpected while evaluating (a null on the way, an exception) gives the
 * expression back to OGNL's interpreter, whose answer or error is then the expression's.
 */
final class CompiledExpression implements ExpressionAccessor {

  /** OGNL's own switch for a chain that meets null (a.b.c with b null gives null); its default is on. */
  private static final boolean SHORT_CIRCUIT =
      Boolean.parseBoolean(System.getProperty("org.apache.ibatis.ognl.chain.short-circuit", "true"));

  @FunctionalInterface
  interface Evaluator {
    Object evaluate(OgnlContext context, Object source) throws Exception;
  }

  /** Thrown to hand an evaluation back to the interpreter; no stack, it is never seen outside. */
  private static final class Interpret extends RuntimeException {
    Interpret() {
      super(null, null, false, false);
    }
  }

  private static final Interpret INTERPRET = new Interpret();

  /** After so many failures of its compiled form where OGNL answered, an expression is left to OGNL. */
  private static final int GAPS_BEFORE_INTERPRETING = 64;

  private final Node expression;
  private final Evaluator evaluator;
  private final boolean verify;
  private final AtomicInteger gaps = new AtomicInteger();
  private volatile boolean interpretOnly;

  private CompiledExpression(Node expression, Evaluator evaluator, boolean verify) {
    this.expression = expression;
    this.evaluator = evaluator;
    this.verify = verify;
  }

  /**
   * The compiled form of a parsed expression, or null when its root is a kind OGNL keeps. With {@code verify}, every
   * evaluation also asks the interpreter and fails on a different answer (the test suite runs so).
   */
  static CompiledExpression of(Node expression, boolean verify) {
    Evaluator evaluator = compile(expression);
    return evaluator instanceof Interpreted ? null : new CompiledExpression(expression, evaluator, verify);
  }

  @Override
  public Object get(OgnlContext context, Object target) {
    if (interpretOnly) {
      return interpret(context, target);
    }
    Object value;
    try {
      value = evaluator.evaluate(context, target);
    } catch (Interpret handedBack) {
      return interpret(context, target);
    } catch (Exception e) {
      Object interpreted = interpret(context, target); // OGNL's error, when it has one, is the expression's
      // OGNL answers where the compiled form failed: a gap in the compiler, and an exception at each evaluation
      if (verify) {
        throw new IllegalStateException("Compiled SQL expression «" + expression + "» failed (" + e
            + ") where OGNL gives " + interpreted, e);
      }
      if (gaps.incrementAndGet() >= GAPS_BEFORE_INTERPRETING) {
        interpretOnly = true;
      }
      return interpreted;
    }
    if (verify) {
      Object interpreted = interpret(context, target);
      if (!Objects.deepEquals(value, interpreted)) {
        throw new IllegalStateException("Compiled SQL expression «" + expression + "» gave " + value
            + " where OGNL gives " + interpreted);
      }
    }
    return value;
  }

  private Object interpret(OgnlContext context, Object target) {
    try {
      return expression.getValue(context, target);
    } catch (Exception e) {
      throw CompiledExpression.<RuntimeException>sneaky(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Exception> E sneaky(Exception e) throws E {
    throw (E) e;
  }

  @Override
  public void set(OgnlContext context, Object target, Object value) {
    throw new UnsupportedOperationException("SQL mapping expressions are read only: " + expression);
  }

  @Override
  public void setExpression(Node expression) {
    // the expression is fixed at construction
  }

  // ---- compilation: one evaluator per node kind, mirroring OGNL 3.3's getValueBody of each ----

  static Evaluator compile(Node node) {
    Evaluator[] children = new Evaluator[node.jjtGetNumChildren()];
    for (int i = 0; i < children.length; i++) {
      children[i] = compile(node.jjtGetChild(i));
    }
    switch (node.getClass().getSimpleName()) {
      case "ASTConst": {
        Object value = ((ASTConst) node).getValue();
        return (context, source) -> value;
      }
      case "ASTProperty":
        return property((ASTProperty) node);
      case "ASTChain":
        return chain((ASTChain) node, children);
      case "ASTMethod":
        return method((ASTMethod) node, children);
      case "ASTAnd":
        return (context, source) -> {
          Object result = null;
          for (int i = 0; i < children.length; i++) {
            result = children[i].evaluate(context, source);
            if (i < children.length - 1 && !OgnlOps.booleanValue(result)) {
              break;
            }
          }
          return result;
        };
      case "ASTOr":
        return (context, source) -> {
          Object result = null;
          for (int i = 0; i < children.length; i++) {
            result = children[i].evaluate(context, source);
            if (i < children.length - 1 && OgnlOps.booleanValue(result)) {
              break;
            }
          }
          return result;
        };
      case "ASTNot":
        return (context, source) -> !OgnlOps.booleanValue(children[0].evaluate(context, source));
      case "ASTEq":
        return binary(children, (a, b) -> OgnlOps.equal(a, b));
      case "ASTNotEq":
        return binary(children, (a, b) -> !OgnlOps.equal(a, b));
      case "ASTGreater":
        return binary(children, (a, b) -> OgnlOps.greater(a, b));
      case "ASTLess":
        return binary(children, (a, b) -> OgnlOps.less(a, b));
      case "ASTGreaterEq":
        return binary(children, (a, b) -> !OgnlOps.less(a, b));
      case "ASTLessEq":
        return binary(children, (a, b) -> !OgnlOps.greater(a, b));
      default:
        return new Interpreted(node);
    }
  }

  private interface Comparison {
    boolean test(Object left, Object right);
  }

  private static Evaluator binary(Evaluator[] children, Comparison comparison) {
    if (children.length != 2) {
      throw new IllegalArgumentException("a comparison of " + children.length);
    }
    Evaluator left = children[0];
    Evaluator right = children[1];
    return (context, source) -> comparison.test(left.evaluate(context, source), right.evaluate(context, source));
  }

  /** A subtree OGNL evaluates itself (its own bookkeeping included), inside a compiled expression. */
  private record Interpreted(Node node) implements Evaluator {
    @Override
    public Object evaluate(OgnlContext context, Object source) throws Exception {
      return node.getValue(context, source);
    }
  }

  private static Evaluator chain(ASTChain chain, Evaluator[] children) {
    boolean[] isProperty = new boolean[children.length];
    for (int i = 0; i < children.length; i++) {
      Node child = chain.jjtGetChild(i);
      if (child instanceof ASTProperty property && property.isIndexedAccess()) {
        return new Interpreted(chain); // a[i]: OGNL's indexed-property handling
      }
      isProperty[i] = child instanceof ASTProperty;
    }
    boolean parentIsIn = chain.jjtGetParent() != null
        && chain.jjtGetParent().getClass().getSimpleName().equals("ASTIn");
    return (context, source) -> {
      Object result = source;
      if (SHORT_CIRCUIT && result == null && !parentIsIn) {
        return null;
      }
      for (int i = 0; i < children.length; i++) {
        if (SHORT_CIRCUIT && result == null && isProperty[i]) {
          return null;
        }
        result = children[i].evaluate(context, result);
      }
      return result;
    };
  }

  private static Evaluator method(ASTMethod method, Evaluator[] arguments) {
    String name = method.getMethodName();
    return (context, source) -> {
      Object root = context.getRoot();
      Object[] values = new Object[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        values[i] = arguments[i].evaluate(context, root);
      }
      Object result = OgnlRuntime.callMethod(context, source, name, values);
      if (result == null) {
        NullHandler nulls = OgnlRuntime.getNullHandler(OgnlRuntime.getTargetClass(source));
        result = nulls.nullMethodResult(context, source, name, values);
      }
      return result;
    };
  }

  private static Evaluator property(ASTProperty property) {
    if (property.isIndexedAccess() || property.jjtGetNumChildren() != 1
        || !(property.jjtGetChild(0) instanceof ASTConst name) || !(name.getValue() instanceof String)) {
      return new Interpreted(property);
    }
    return new PropertyRead((String) name.getValue());
  }

  /** Reads one named property; how, is found once per class of the object it is read from. */
  private static final class PropertyRead implements Evaluator {

    private final String name;
    private final ClassValue<Site> sites = new ClassValue<>() {
      @Override
      protected Site computeValue(Class<?> type) {
        return Site.of(type, name);
      }
    };
    private volatile Site last;

    PropertyRead(String name) {
      this.name = name;
    }

    @Override
    public Object evaluate(OgnlContext context, Object source) throws Exception {
      if (source == null || source instanceof Class) {
        throw INTERPRET; // OGNL's error, or a static property
      }
      Site site = last;
      if (site == null || site.type != source.getClass()) {
        site = sites.get(source.getClass());
        last = site;
      }
      Object result;
      if (site.map) {
        result = mapProperty((Map<?, ?>) source, name);
      } else if (site.read != null && context.getMemberAccess().isAccessible(context, source, site.read, name)) {
        result = site.read.invoke(source);
      } else {
        result = site.accessor.getProperty(context, source, name);
      }
      return result != null ? result : site.nulls.nullPropertyValue(context, source, name);
    }
  }

  /**
   * What OGNL's map accessor gives for a named, not indexed, property (it finds "not indexed" through the node being
   * interpreted, which a compiled expression does not set).
   */
  private static Object mapProperty(Map<?, ?> map, String name) {
    switch (name) {
      case "size":
        return map.size();
      case "keys":
      case "keySet":
        return map.keySet();
      case "values":
        return map.values();
      case "isEmpty":
        return map.isEmpty() ? Boolean.TRUE : Boolean.FALSE;
      default:
        return map.get(name);
    }
  }

  /**
   * How a property of a class is read: the accessor OGNL registers for the class, and for plain objects read by
   * OGNL's object accessor (ours included) the method it would find — the getter, else a method named for the
   * property — when it can be called directly. Fields and anything else go through the accessor.
   */
  private record Site(Class<?> type, PropertyAccessor accessor, Method read, boolean map, NullHandler nulls) {

    static Site of(Class<?> type, String name) {
      try {
        PropertyAccessor accessor = OgnlRuntime.getPropertyAccessor(type);
        NullHandler nulls = OgnlRuntime.getNullHandler(type);
        Method read = null;
        if (accessor != null && accessor.getClass() == ObjectPropertyAccessor.class
            || accessor instanceof OgnlPropertyMethods.Accessor) {
          read = OgnlPropertyMethods.readMethodOf(type, name);
          if (read != null && !callable(read)) {
            read = null;
          }
        }
        if (accessor == null) {
          throw INTERPRET;
        }
        return new Site(type, accessor, read, accessor.getClass() == MapPropertyAccessor.class, nulls);
      } catch (Exception e) {
        throw INTERPRET;
      }
    }

    private static boolean callable(Method method) {
      if (method.getParameterCount() != 0) {
        return false;
      }
      if (Modifier.isPublic(method.getModifiers()) && Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
        return true;
      }
      return method.trySetAccessible();
    }
  }
}
