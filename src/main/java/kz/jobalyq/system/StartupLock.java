package kz.jobalyq.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes that start together on one PostgreSQL database take turns at setting it up. Between the engine's start
 * (before it creates or upgrades its tables) and the node being ready (roles, administrator, models deployed, demo
 * data and other once-per-database work of {@link PlatformStartup} and the start-up runners done), a node holds a
 * PostgreSQL advisory lock; a second node waits for it there. Without it two nodes on a fresh database both
 * create the engine's tables, or both find a role or a demo project missing and both insert it, and one fails to
 * start. The lock belongs to the connection: a node that dies while holding it releases it.
 *
 * <p>Nothing on H2: an H2 database has one platform (file) or is the test's own (memory).
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
  /** Any constant; the same for every node of one database. ("jobalyq" in ASCII.) */
  static final long KEY = 0x6a6f62616c7971L;

  private final DataSource dataSource;
  private Connection holder;

  public StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      long asked = System.nanoTime();
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
      }
      long waited = (System.nanoTime() - asked) / 1_000_000;
      if (waited > 1000) {
        LOG.info("Waited {} ms for another node to finish starting on this database", waited);
      }
      holder = connection;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take the start-up lock on the database", e);
    }
  }

  @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class})
  public synchronized void release() {
    if (holder == null) {
      return;
    }
    try (Connection connection = holder; Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
    } catch (SQLException e) {
      // Closing the connection below (or the node ending) releases it as well.
      LOG.warn("Releasing the start-up lock: {}", e.getMessage());
    } finally {
      holder = null;
    }
  }
}
