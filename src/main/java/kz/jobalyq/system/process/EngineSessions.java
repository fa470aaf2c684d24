package kz.jobalyq.system.process;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The engine opens one manager of each kind per command (the authorisation manager, the variable manager…) from
 * the session factory registered for that kind; a plugin gives the engine its own subclass of one this way.
 */
public final class EngineSessions {

  private EngineSessions() {
  }

  /** From now on every command of the engine gets {@code manager}'s answer where it asks for {@code type}. */
  public static void replaceManager(ProcessEngineConfigurationImpl configuration, Class<?> type,
      Supplier<? extends Session> manager) {
    List<SessionFactory> factories = EngineLists.copyOf(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return manager.get();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }
}
