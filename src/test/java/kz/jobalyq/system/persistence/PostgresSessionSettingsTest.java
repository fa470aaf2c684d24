package kz.jobalyq.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import kz.jobalyq.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The platform's own connections to PostgreSQL plan without materialisation, so that the engine's authorisation
 * join stays linear in the open tasks, and run without JIT compilation, which cost ten times the query itself
 * (bench/run --tasklist measures both); on H2 nothing is changed.
 */
@IntegrationTest
class PostgresSessionSettingsTest {

  @Autowired
  private DataSource dataSource;

  @Test
  void everyPooledPostgresConnectionPlansWithoutMaterialisationAndRunsWithoutJit() throws Exception {
    HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
    if (!PostgresSessionSettings.isPostgres(pool.getJdbcUrl())) {
      assertThat(pool.getConnectionInitSql()).as("H2 is left as it is").isNull();
      return;
    }
    assertThat(pool.getConnectionInitSql()).isEqualTo(PostgresSessionSettings.SETTINGS);
    try (Connection connection = dataSource.getConnection()) {
      for (String name : new String[] {"enable_material", "jit"}) {
        try (ResultSet setting = connection.createStatement().executeQuery("SHOW " + name)) {
          assertThat(setting.next()).isTrue();
          assertThat(setting.getString(1)).as(name).isEqualTo("off");
        }
      }
    }
  }
}
