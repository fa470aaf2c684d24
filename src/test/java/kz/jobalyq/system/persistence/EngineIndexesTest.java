package kz.jobalyq.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import kz.jobalyq.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Completing a task finds its sub-tasks through an index, made at start-up and kept across restarts. */
@IntegrationTest
class EngineIndexesTest {

  @Autowired
  private DataSource dataSource;
  @Autowired
  private ProcessEngine processEngine;
  @Autowired
  private EngineIndexes engineIndexes;

  @Test
  void theSubTaskLookupIsIndexedAfterStartUp() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(EngineIndexes.exists(connection, "ACT_RU_TASK", "JQ_IDX_TASK_PARENT")).isTrue();
      assertThat(EngineIndexes.exists(connection, "ACT_RU_TASK", "JQ_IDX_NO_SUCH_INDEX")).isFalse();
    }
  }

  @Test
  void aDroppedIndexIsMadeAgainAtTheNextStartAndAnExistingOneIsLeft() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DROP INDEX JQ_IDX_TASK_PARENT");
      assertThat(EngineIndexes.exists(connection, "ACT_RU_TASK", "JQ_IDX_TASK_PARENT")).isFalse();

      engineIndexes.postProcessEngineBuild(processEngine);
      assertThat(EngineIndexes.exists(connection, "ACT_RU_TASK", "JQ_IDX_TASK_PARENT")).isTrue();
      engineIndexes.postProcessEngineBuild(processEngine);
      assertThat(EngineIndexes.exists(connection, "ACT_RU_TASK", "JQ_IDX_TASK_PARENT")).isTrue();
    }
  }
}
