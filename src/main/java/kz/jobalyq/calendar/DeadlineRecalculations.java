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
 * A calendar edit's recalculation of the open deadlines, as a batch of engine jobs: the edit records the run with
 * the open deadlines counted and queues one planning job, and answers at once; the planning job lists the deadlines
 * (setting the run's exact total) and queues one job per {@value #CHUNK} of them; the job executors of every node
 * work the chunks off, each in its transaction, retried by the engine if it fails (a deadline is recalculated from
 * its creation, so a chunk run twice moves nothing twice), and each adds its share to the run's progress
 * ({@code GET /api/calendar/recalculations/{id}}).
 */
@Service
public class DeadlineRecalculations {

  /**
   * Job handler type of a chunk, configured {@code <run id>|<T or K><id>,…}, and of a run's planning job,
   * configured {@code <run id>|plan}.
   */
  public static final String JOB_TYPE = "jobalyq-deadline-recalculation";
  /**
   * The chunk jobs carry this as their process definition key (they belong to no process): Cockpit and a
   * job query find them by it.
   */
  public static final String JOB_MARKER = "jobalyq-calendar";
  /** Deadlines per job: a chunk's configuration stays within the engine's 4,000 characters. */
  static final int CHUNK = 50;
  private static final String PLAN = "plan";

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

  /**
   * Records a run over the open calendar deadlines, with the edit that caused it, and queues its planning job. The
   * edit's answer carries their count; listing them (tens of thousands of rows at a national scale) is the
   * planning job's.
   */
  @Transactional
  public DeadlineRecalculation start(String reason, String requestedBy) {
    DeadlineRecalculation run = runs.save(new DeadlineRecalculation(reason, requestedBy, clock.instant(),
        recalculator.countOpenDeadlines()));
    queue(List.of(run.getId() + "|" + PLAN));
    LOG.info("Calendar changed ({}): about {} open deadlines to recalculate in run {}", reason, run.getTotal(),
        run.getId());
    return run;
  }

  /** One job of a run, inside its transaction: the planning job or a chunk. */
  @Transactional
  public void runChunk(String configuration) {
    String[] parts = configuration.split("\\|", 2);
    Long runId = Long.valueOf(parts[0]);
    if (parts.length > 1 && PLAN.equals(parts[1])) {
      plan(runId);
      return;
    }
    List<Item> items = new ArrayList<>();
    if (parts.length > 1 && !parts[1].isEmpty()) {
      for (String item : parts[1].split(",")) {
        items.add(new Item(item.charAt(0) == 'T' ? Kind.TIMER : Kind.TASK, item.substring(1)));
      }
    }
    int moved = recalculator.recalculate(items);
    runs.addProgress(runId, items.size(), moved, clock.instant());
  }

  /** Lists the run's deadlines, sets its exact total (finished at once when there are none) and queues the chunks. */
  private void plan(Long runId) {
    List<Item> items = recalculator.openDeadlines();
    DeadlineRecalculation run = get(runId);
    run.planned(items.size(), clock.instant());
    List<String> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += CHUNK) {
      chunks.add(configuration(runId, items.subList(from, Math.min(items.size(), from + CHUNK))));
    }
    queue(chunks);
    LOG.info("Deadline recalculation {}: {} open deadlines in {} chunks", runId, items.size(), chunks.size());
  }

  private void queue(List<String> configurations) {
    engine.getCommandExecutorTxRequired().execute(commandContext -> {
      for (String configuration : configurations) {
        MessageEntity job = new MessageEntity();
        job.setJobHandlerType(JOB_TYPE);
        job.setJobHandlerConfigurationRaw(configuration);
        job.setProcessDefinitionKey(JOB_MARKER);
        // Chunks touch many process instances but none exclusively: they may run side by side.
        job.setExclusive(false);
        commandContext.getJobManager().send(job);
      }
      return null;
    });
  }

  /** The ten latest runs, the latest first. */
  @Transactional(readOnly = true)
  public List<DeadlineRecalculation> latest() {
    return runs.findTop10ByOrderByIdDesc();
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
