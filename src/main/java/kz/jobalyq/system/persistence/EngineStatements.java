package kz.jobalyq.system.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Replaces engine statements whose cost grows with the data on PostgreSQL by equivalent ones that do not
 * ({@code engine-statements-postgres.xml}): the engine looks every statement up through its statement
 * mappings, which we extend with ours; the engine's own statements stay in place for every other database.
 */
@Component
public class EngineStatements extends AbstractProcessEnginePlugin {

  static final String MAPPER = "kz/jobalyq/system/persistence/engine-statements-postgres.xml";
  static final Map<String, String> POSTGRES = Map.of(
      "selectAuthorizedGroupIds", "jobalyqSelectAuthorizedGroupIds",
      "selectTaskByQueryCriteria", "jobalyqSelectTaskByQueryCriteria",
      "selectTaskCountByQueryCriteria", "jobalyqSelectTaskCountByQueryCriteria");

  /** Ours, not a replacement: which of a reader's groups hold any authorisation (a list of group ids). */
  public static final String READER_GROUPS_HOLDING_AUTHORIZATIONS =
      EngineStatements.class.getName() + ".jobalyqSelectReaderGroupsHoldingAuthorizations";

  /** Ours, not a replacement: asked by {@link TaskReadCheck#narrowToOwnGrants}. */
  static final String READS_BEYOND_OWN_GRANTS =
      EngineStatements.class.getName() + ".jobalyqSelectReadsBeyondOwnTaskGrants";

  /** Whether the engine of this command asks our statements (on PostgreSQL). */
  public static boolean active(CommandContext context) {
    return context != null && POSTGRES.get("selectTaskByQueryCriteria").equals(
        context.getProcessEngineConfiguration().getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria"));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    if (!"postgres".equals(sessions.getDatabaseType())) {
      return;
    }
    Configuration mybatis = sessions.getSqlSessionFactory().getConfiguration();
    if (!mybatis.isResourceLoaded(MAPPER)) {
      try (InputStream xml = EngineStatements.class.getClassLoader().getResourceAsStream(MAPPER)) {
        new XMLMapperBuilder(xml, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new UncheckedIOException(MAPPER, e);
      }
    }
    // A copy: the engine's own mappings are shared by every engine of the JVM.
    Map<String, String> mappings = sessions.getStatementMappings() == null
        ? new HashMap<>() : new HashMap<>(sessions.getStatementMappings());
    mappings.putAll(POSTGRES);
    sessions.setStatementMappings(mappings);
  }
}
