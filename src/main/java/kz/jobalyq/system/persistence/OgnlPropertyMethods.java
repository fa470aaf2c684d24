package kz.jobalyq.system.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's SQL mappings test properties of its query objects that have no JavaBean getter, such as
 * {@code query.isOrQueryActive} and {@code query.isWithoutTenantId} in every task query. For those, MyBatis's
 * expression language (OGNL) searches all the methods of the class on every evaluation, 40 to 170 µs each; a JFR
 * recording of the benchmark found that search in 5 % of the request threads' samples, all of it in task queries.
 * Here the method found (the getter, else that method) is kept per class and property name and called directly;
 * fields and maps are read by OGNL as before; {@link EngineSqlExpressions} calls the same methods. Installed before
 * the engine runs its first statement, since OGNL keeps the accessor it chose for a class.
 */
@Component
public class OgnlPropertyMethods extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!(safeAccessorOf(Object.class) instanceof Accessor)) {
      OgnlRuntime.setPropertyAccessor(Object.class, new Accessor());
    }
  }

  static Object safeAccessorOf(Class<?> type) {
    try {
      return OgnlRuntime.getPropertyAccessor(type);
    } catch (OgnlException e) {
      return null;
    }
  }

  private static final Map<Class<?>, Map<String, Optional<Method>>> READ_METHODS = new ConcurrentHashMap<>();

  /**
   * The method OGNL's object accessor reads a property with — the getter, else a method named for the property
   * ({@code isOrQueryActive}) — found once per class and name; null when there is none (a field, or nothing).
   */
  static Method readMethodOf(Class<?> type, String name) {
    return READ_METHODS.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).computeIfAbsent(name, property -> {
      Method getter = OgnlRuntime.getGetMethod(type, property);
      return Optional.ofNullable(getter != null ? getter : OgnlRuntime.getReadMethod(type, property, null));
    }).orElse(null);
  }

  /** OGNL's accessor for plain objects, which remembers the read method of each property. */
  static final class Accessor extends ObjectPropertyAccessor {

    @Override
    public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
      Method read = readMethodOf(target.getClass(), name);
      if (read == null || !context.getMemberAccess().isAccessible(context, target, read, name)) {
        return super.getPossibleProperty(context, target, name);
      }
      try {
        return OgnlRuntime.invokeMethod(target, read, OgnlRuntime.NoArguments);
      } catch (InvocationTargetException e) {
        throw new OgnlException(name, e.getTargetException());
      } catch (IllegalAccessException e) {
        throw new OgnlException(name, e);
      }
    }
  }
}
