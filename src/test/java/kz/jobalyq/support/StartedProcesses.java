package kz.jobalyq.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A process started from a Tasklist start form that ran to its end at once (a request handed on to the
 * record's own process): found in history by its business key, and given as the {@link ProcessInstance}
 * BpmnAwareTests' {@code assertThat} takes, which asks history for what it passed.
 */
public final class StartedProcesses {

  private StartedProcesses() {
  }

  /** The one instance of {@code processKey} started for the record {@code businessKey}. */
  public static ProcessInstance ofRecord(HistoryService history, String processKey, String businessKey) {
    HistoricProcessInstance started = history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).singleResult();
    assertThat(started).as("an instance of %s for %s", processKey, businessKey).isNotNull();
    return new ProcessInstance() {
      @Override
      public String getId() {
        return started.getId();
      }

      @Override
      public String getProcessInstanceId() {
        return started.getId();
      }

      @Override
      public String getProcessDefinitionId() {
        return started.getProcessDefinitionId();
      }

      @Override
      public String getProcessDefinitionKey() {
        return started.getProcessDefinitionKey();
      }

      @Override
      public String getBusinessKey() {
        return started.getBusinessKey();
      }

      @Override
      public String getRootProcessInstanceId() {
        return started.getRootProcessInstanceId();
      }

      @Override
      public String getCaseInstanceId() {
        return started.getCaseInstanceId();
      }

      @Override
      public String getTenantId() {
        return started.getTenantId();
      }

      @Override
      public boolean isSuspended() {
        return HistoricProcessInstance.STATE_SUSPENDED.equals(started.getState());
      }

      @Override
      public boolean isEnded() {
        return started.getEndTime() != null;
      }

      @Override
      public String toString() {
        return "ProcessInstance[" + started.getId() + ", " + started.getProcessDefinitionKey() + ", "
            + started.getBusinessKey() + "]";
      }
    };
  }
}
