package kz.jobalyq.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import kz.jobalyq.IntegrationTest;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the engine asks our statement for the groups holding authorisations, and it answers what the
 * engine's own would (every group that has a row); elsewhere the engine's own statement stays.
 */
@IntegrationTest
class EngineStatementsTest {

  @Autowired
  private ProcessEngineConfigurationImpl engine;
  @Autowired
  private DataSource dataSource;

  @Test
  void theGroupsHoldingAuthorisationsAreEveryGroupWithARow() {
    String database = engine.getDbSqlSessionFactory().getDatabaseType();
    String statement = engine.getDbSqlSessionFactory().mapStatement("selectAuthorizedGroupIds");
    if (!"postgres".equals(database)) {
      assertThat(statement).isEqualTo("selectAuthorizedGroupIds");
      return;
    }
    assertThat(statement).isEqualTo(EngineStatements.POSTGRES.get("selectAuthorizedGroupIds"));
    @SuppressWarnings("unchecked")
    Command<List<String>> ask = context -> (List<String>) (List<?>) context.getDbEntityManager().selectList("selectAuthorizedGroupIds");
    List<String> answered = engine.getCommandExecutorTxRequired().execute(ask);
    List<String> expected = new JdbcTemplate(dataSource).queryForList(
        "SELECT DISTINCT group_id_ FROM act_ru_authorization WHERE group_id_ IS NOT NULL", String.class);
    assertThat(expected).isNotEmpty();
    assertThat(new HashSet<>(answered)).hasSize(answered.size()).isEqualTo(Set.copyOf(expected));
  }
}
