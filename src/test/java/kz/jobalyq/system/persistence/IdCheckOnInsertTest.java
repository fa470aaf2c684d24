package kz.jobalyq.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.jobalyq.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An insert's id is checked as the engine checks it, and the row is described only when its id is refused. */
@IntegrationTest
class IdCheckOnInsertTest {

  @Autowired
  private ProcessEngine engine;

  @Test
  void aRowWithAValidIdIsInsertedWithoutBeingDescribed() {
    PropertyEntity row = new PropertyEntity("jobalyq.id-check", "1") {
      @Override
      public String toString() {
        throw new AssertionError("the row was described for a valid id");
      }
    };

    // Rolled back on purpose after the insert: the row is of no kind the engine has a table for.
    assertThatThrownBy(() -> run(context -> {
      context.getDbEntityManager().insert(row);
      throw new RolledBack();
    })).isInstanceOf(RolledBack.class);
  }

  @Test
  void aRowWithTheWildcardIdIsRefusedWithTheEnginesMessage() {
    assertThatThrownBy(() -> run(context -> {
      context.getDbEntityManager().insert(new PropertyEntity("*", "1"));
      return null;
    })).isInstanceOf(ProcessEngineException.class)
        .hasMessageStartingWith("Entity PropertyEntity[name=*, ").hasMessageContaining("has an invalid id")
        .hasMessageContaining("* is a reserved identifier");
    assertThat(engine.getManagementService().getProperties()).doesNotContainKey("*");
  }

  private void run(Command<Object> command) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(command);
  }

  private static final class RolledBack extends RuntimeException {
  }
}
