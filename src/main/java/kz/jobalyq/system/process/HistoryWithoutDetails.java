package kz.jobalyq.system.process;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * Full history, except the per-change rows of ACT_HI_DETAIL: every variable update and every submitted form
 * field again, next to the variable's own history (ACT_HI_VARINST, kept) and our tables, which hold each
 * decision with its author and time (decision_record) and every record's data. Cockpit (Community Edition)
 * never shows those rows; writing them was about one statement in eight of a change request (bench/run).
 *
 * <p>And no ACT_HI_VARINST row for a variable that lived within one command only: a form answer that the step's
 * delegate moved into our tables and removed from the process in the same transaction (the processes do this in
 * some fifty places) was written to history as "DELETED" all the same, one insert per answer for a value our
 * tables hold. A variable that outlives its command keeps its history, removed later or not.
 *
 * <p>Nor rows for the engine's multi-instance and loop counters ({@link #LOOP_BOOKKEEPING}): Cockpit shows them
 * on a running instance (they stay runtime variables); their history said only how many parallel tasks there were,
 * which the activity history says too. Nor for texts copied only for display ({@link #DISPLAY_COPIES}): a record's
 * title for task names and a notice's Russian texts.
 *
 * <p>And the job log keeps what jobs did, not that they were made or dropped: every run that succeeded (with the
 * node that ran it) and every failed attempt (with its error) stay; the rows saying only that a job was created or
 * deleted go: a deadline's timer is created with its task and deleted when the task ends in time, two rows for every
 * task with a deadline, while the task's history holds its dates and due date all the same.
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

  /**
   * The engine's own multi-instance and loop counters: recomputable from the activity history, never anything a
   * person entered, yet one history insert per counter per multi-instance and an update per completed instance.
   */
  static final Set<String> LOOP_BOOKKEEPING = Set.of("nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances", "loopCounter");

  /**
   * Texts copied for display only, from our records or our message bundles: the record's title that task names
   * append ({@link TaskTitles}) and a notice's Russian subject and message. The record holds the title and the task
   * history the notice's Kazakh texts, so these never change what history tells.
   */
  static final Set<String> DISPLAY_COPIES = Stream.concat(TaskTitles.TITLE_VARIABLES.stream(),
      Stream.of(TaskMarks.NOTICE_NAME_RU, TaskMarks.NOTICE_DESCRIPTION_RU)).collect(Collectors.toUnmodifiableSet());

  static final class Handler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!(event instanceof HistoricFormPropertyEventEntity) && !isWithoutHistory(event)
          && !isJobCreatedOrDeleted(event)) {
        super.handleEvent(event);
      }
    }

    private static boolean isJobCreatedOrDeleted(HistoryEvent event) {
      return event instanceof HistoricJobLogEvent log && (log.isCreationLog() || log.isDeletionLog());
    }

    /**
     * Every event (creation, each update, deletion) of a loop counter or a display copy: none of them leaves a row.
     */
    private static boolean isWithoutHistory(HistoryEvent event) {
      return event instanceof HistoricVariableUpdateEventEntity variable
          && (LOOP_BOOKKEEPING.contains(variable.getVariableName())
          || DISPLAY_COPIES.contains(variable.getVariableName()));
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return false;
    }

    @Override
    protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity event) {
      if (!(event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE) && forgetIfCreatedInThisCommand(event))) {
        super.insertHistoricVariableUpdateEntity(event);
      }
    }

    /** Drops the history row of a variable created in this command and not yet written (no SQL at all then). */
    private boolean forgetIfCreatedInThisCommand(HistoricVariableUpdateEventEntity event) {
      DbEntityManager db = getDbEntityManager();
      HistoricVariableInstanceEntity created =
          db.getCachedEntity(HistoricVariableInstanceEntity.class, event.getVariableInstanceId());
      // A value kept in a byte array (a file, a serialised object) has a row of its own: left as the engine does.
      if (created == null || created.getByteArrayId() != null) {
        return false;
      }
      CachedDbEntity cached = db.getDbEntityCache().getCachedEntity(created);
      if (cached == null || cached.getEntityState() != DbEntityState.TRANSIENT) {
        return false;
      }
      db.delete(created);
      return true;
    }
  }
}
