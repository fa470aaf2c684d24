package kz.jobalyq.support;

import java.util.List;
import kz.jobalyq.calendar.DeadlineRecalculations;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs the chunk jobs a calendar edit queued, as the job executor (off in tests) would. */
public final class CalendarRecalculation {

  private CalendarRecalculation() {
  }

  public static void runQueued(ManagementService managementService) {
    List<Job> chunks;
    while (!(chunks = managementService.createJobQuery()
        .processDefinitionKey(DeadlineRecalculations.JOB_MARKER).list()).isEmpty()) {
      chunks.forEach(job -> managementService.executeJob(job.getId()));
    }
  }
}
