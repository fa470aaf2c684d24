package kz.jobalyq.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kz.jobalyq.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine flushes a command's rows table by table as JDBC batches; on PostgreSQL the driver sends a batch of one
 * table's inserts as multi-row INSERTs. Every row of such a batch is stored.
 */
@IntegrationTest
class BatchedInsertsTest {

  private static final String KEY = "batched-inserts-test";

  @Autowired
  private DataSource dataSource;
  @Autowired
  private ProcessEngineConfigurationImpl engine;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private HistoryService historyService;

  @Test
  void onPostgresqlTheEnginesInsertBatchesGoAsMultiRowInserts() throws SQLException {
    assumeTrue("postgres".equals(engine.getDbSqlSessionFactory().getDatabaseType()), "a PostgreSQL driver setting");
    assertThat(engine.isJdbcBatchProcessing()).isTrue();
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled())
          .as("reWriteBatchedInserts of the pool's connections").isTrue();
    }
  }

  @Test
  void everyRowOfOneTablesBatchIsStoredWithItsOwnValues() {
    repositoryService.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn",
        Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Wait").name("Wait").endEvent().done()).deploy();
    // Thirteen variables of several types: one flush inserts thirteen runtime and thirteen historic variable rows,
    // which the driver cuts into multi-row chunks of a power of two each (8, 4 and 1), so rows cross statements.
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 1; i <= 13; i++) {
      variables.put("v" + i, switch (i % 3) {
        case 0 -> "мәтін " + i;
        case 1 -> (long) i * 1000;
        default -> i % 2 == 0;
      });
    }

    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, variables);

    assertThat(runtimeService.getVariables(instance.getId())).isEqualTo(variables);
    Map<String, Object> history = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).list().stream()
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
    assertThat(history).isEqualTo(variables);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count())
        .isEqualTo(2);
  }
}
