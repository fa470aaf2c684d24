package kz.jobalyq.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The engine's statements (their MyBatis ids, e.g. {@code selectVariablesByTaskId}) that one piece of work on
 * this thread executed: what a change costs the database, asserted without a database log.
 */
public final class EngineStatementLog {

  private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();
  private static volatile List<String> everyThread;
  private static final Object INSTALLED = new Object();

  private EngineStatementLog() {
  }

  /** The ids of the statements {@code work} executed, in order. */
  public static List<String> of(ProcessEngine engine, Runnable work) {
    install(engine);
    List<String> statements = new ArrayList<>();
    RECORDING.set(statements);
    try {
      work.run();
    } finally {
      RECORDING.remove();
    }
    return statements;
  }

  /**
   * The ids of the statements any thread executed while {@code work} ran: for work done on a server's threads, an
   * HTTP request say. Background jobs running meanwhile are recorded too, so assert on statements they do not use.
   */
  public static synchronized List<String> onEveryThread(ProcessEngine engine, Runnable work) {
    install(engine);
    List<String> statements = Collections.synchronizedList(new ArrayList<>());
    everyThread = statements;
    try {
      work.run();
    } finally {
      everyThread = null;
    }
    return List.copyOf(statements);
  }

  /** A statement's id as recorded here: its MyBatis id without the mapper's namespace. */
  public static String recordedId(String statementId) {
    return statementId.substring(statementId.lastIndexOf('.') + 1);
  }

  private static void install(ProcessEngine engine) {
    Configuration mybatis = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDbSqlSessionFactory().getSqlSessionFactory().getConfiguration();
    synchronized (INSTALLED) {
      if (mybatis.getInterceptors().stream().noneMatch(Recorder.class::isInstance)) {
        mybatis.addInterceptor(new Recorder());
      }
    }
  }

  @Intercepts({
      @Signature(type = Executor.class, method = "query",
          args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
      @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class})})
  static final class Recorder implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      String id = recordedId(((MappedStatement) invocation.getArgs()[0]).getId());
      List<String> statements = RECORDING.get();
      if (statements != null) {
        statements.add(id);
      }
      List<String> anyThread = everyThread;
      if (anyThread != null) {
        anyThread.add(id);
      }
      return invocation.proceed();
    }

    @Override
    public void setProperties(Properties properties) {
    }
  }
}
