package kz.jobalyq.system.process;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Full history, except the per-change rows of ACT_HI_DETAIL: every variable update and every submitted form
 * field again, next to the variable's own history (ACT_HI_VARINST, kept) and our tables, which hold each
 * decision with its author and time (decision_record) and every record's data. Cockpit (Community Edition)
 * never shows those rows; writing them was about one statement in eight of a change request (bench/run).
 */
@Component
public class HistoryWithoutDetails extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = EngineLists.copyOf(configuration.getCustomHistoryEventHandlers());
    handlers.add(new Handler());
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  static final class Handler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!(event instanceof HistoricFormPropertyEventEntity)) {
        super.handleEvent(event);
      }
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return false;
    }
  }
}
