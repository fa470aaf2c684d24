package kz.jobalyq.system.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for a lookup it makes at every step. Completing or deleting a task, Camunda
 * first reads its sub-tasks by {@code PARENT_TASK_ID_}, which its PostgreSQL and H2 schemas do not index (only MS
 * SQL's does, camunda-bpm-platform#4030): every completion read all of {@code ACT_RU_TASK}, open notices included,
 * which grow by one per change request (bench/run: 0.75 ms of PostgreSQL per completion after 5,000 requests; at
 * the 100,000 open tasks of a national installation, a scan of all of them each time). Made once the engine has
 * created or upgraded its tables, when missing; if two nodes start at once and one makes it first, the other uses it.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  record Index(String name, String table, String column) {
  }

  static final List<Index> INDEXES = List.of(new Index("JQ_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"));

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    ensure(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
  }

  static void ensure(DataSource dataSource, String tablePrefix) {
    String prefix = tablePrefix == null ? "" : tablePrefix;
    try (Connection connection = dataSource.getConnection()) {
      // Each index in a transaction of its own, committed at once (PostgreSQL's DDL is transactional).
      connection.setAutoCommit(true);
      for (Index index : INDEXES) {
        String table = prefix + index.table();
        if (exists(connection, table, index.name())) {
          continue;
        }
        String sql = "CREATE INDEX IF NOT EXISTS " + index.name() + " ON " + table + " (" + index.column() + ")";
        try (Statement statement = connection.createStatement()) {
          statement.execute(sql);
          LOG.info("Created index {} on {}({})", index.name(), table, index.column());
        } catch (SQLException e) {
          if (!exists(connection, table, index.name())) {
            LOG.warn("Index {} could not be created; task completions read all of {} until it is: {}", index.name(),
                table, sql, e);
          }
        }
      }
    } catch (SQLException e) {
      LOG.warn("The engine's extra indexes could not be checked: {}", e.getMessage(), e);
    }
  }

  static boolean exists(Connection connection, String table, String index) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    // PostgreSQL keeps unquoted names in lower case, H2 in upper case.
    for (String name : List.of(table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT))) {
      try (ResultSet indexes = metaData.getIndexInfo(null, null, name, false, true)) {
        while (indexes.next()) {
          if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
