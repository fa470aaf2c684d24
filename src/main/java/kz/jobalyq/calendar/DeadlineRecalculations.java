package kz.jobalyq.calendar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.jobalyq.calendar.DeadlineRecalculator.Item;
import kz.jobalyq.calendar.DeadlineRecalculator.Kind;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A calendar edit's recalculation of the open deadlines, as a batch of engine jobs: the edit records the run
 * and queues one job per {@value #CHUNK} deadlines in its own transaction, and answers at once; the job
 * executors of every node work the chunks off, each in its transaction, retried by the engine if it fails
 * (a deadline is recalculated from its creation, so a chunk run twice moves nothing twice), and each adds
 * its share to the run's progress ({@code GET /api/calendar/recalculations/{id}}).
 */
@Service
public class DeadlineRecalculations {

  /** Job handler type of a chunk; its configuration is {@code <run id>|<T or K><id>,…}. */
  public static final String JOB_TYPE = "jobalyq-deadline-recalculation";
  /**
   * The chunk jobs carry this as their process definition key (they belong to no process): Cockpit and a
   * job query find them by it.
   */
  public static final String JOB_MARKER = "jobalyq-calendar";
  /** Deadlines per job: a chunk's configuration stays within the engine's 4,000 characters. */
  static final int CHUNK = 50;

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineRecalculations.class);

  private final DeadlineRecalculator recalculator;
  private final DeadlineRecalculationRepository runs;
  private final ProcessEngineConfigurationImpl engine;
  private final Clock clock;

  public DeadlineRecalculations(DeadlineRecalculator recalculator, DeadlineRecalculationRepository runs,
      ProcessEngineConfigurationImpl engine, Clock clock) {
    this.recalculator = recalculator;
    this.runs = runs;
    this.engine = engine;
    this.clock = clock;
  }

  /** Records a run over every open calendar deadline and queues its chunks, with the edit that caused it. */
  @Transactional
  public DeadlineRecalculation start(String reason, String requestedBy) {
    List<Item> items = recalculator.openDeadlines();
    DeadlineRecalculation run = runs.save(new DeadlineRecalculation(reason, requestedBy, clock.instant(),
        items.size()));
    engine.getCommandExecutorTxRequired().execute(commandContext -> {
      for (int from = 0; from < items.size(); from += CHUNK) {
        MessageEntity job = new MessageEntity();
        job.setJobHandlerType(JOB_TYPE);
        job.setJobHandlerConfigurationRaw(configuration(run.getId(),
            items.subList(from, Math.min(items.size(), from + CHUNK))));
        job.setProcessDefinitionKey(JOB_MARKER);
        // Chunks touch many process instances but none exclusively: they may run side by side.
        job.setExclusive(false);
        commandContext.getJobManager().send(job);
      }
      return null;
    });
    LOG.info("Calendar changed ({}): {} open deadlines to recalculate in run {}", reason, items.size(),
        run.getId());
    return run;
  }

  /** One chunk, inside its job's transaction. */
  @Transactional
  public void runChunk(String configuration) {
    String[] parts = configuration.split("\\|", 2);
    Long runId = Long.valueOf(parts[0]);
    List<Item> items = new ArrayList<>();
    if (parts.length > 1 && !parts[1].isEmpty()) {
      for (String item : parts[1].split(",")) {
        items.add(new Item(item.charAt(0) == 'T' ? Kind.TIMER : Kind.TASK, item.substring(1)));
      }
    }
    int moved = recalculator.recalculate(items);
    runs.addProgress(runId, items.size(), moved, clock.instant());
  }

  @Transactional(readOnly = true)
  public DeadlineRecalculation get(Long id) {
    return runs.findById(id).orElseThrow(() -> new NotFoundException(
        Messages.text("notFound.recalculation", String.valueOf(id))));
  }

  static String configuration(Long runId, List<Item> items) {
    return runId + "|" + items.stream().map(item -> (item.kind() == Kind.TIMER ? "T" : "K") + item.id())
        .collect(Collectors.joining(","));
  }
}
