package kz.jobalyq.system.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's figures for Prometheus: Camunda's own metrics (activity instances, jobs executed and failed,
 * decisions, …: {@code camunda_engine_metric_total{name=…}}), open tasks by process and candidate group (the
 * roles of REGULATIONS.md §1), overdue tasks by process, the job backlog (due, not yet run) and failed jobs (no
 * retries left: incidents) by process. Read-only queries on the engine's tables, once per refresh.
 */
@Component
public class EngineMetrics {

  static final List<String> ENGINE_METRICS = List.of(Metrics.ROOT_PROCESS_INSTANCE_START,
      Metrics.ACTIVTY_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_END, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
      Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_EXECUTION_REJECTED,
      Metrics.EXECUTED_DECISION_INSTANCES, Metrics.EXECUTED_DECISION_ELEMENTS);
  private static final String NONE = "none";

  private final Map<String, Long> engineTotals = new ConcurrentHashMap<>();

  public EngineMetrics(PeriodicGauges gauges, JdbcTemplate jdbc, ManagementService managementService,
      MeterRegistry meters) {
    for (String name : ENGINE_METRICS) {
      engineTotals.put(name, 0L);
      FunctionCounter.builder("camunda.engine.metric", engineTotals, totals -> totals.getOrDefault(name, 0L))
          .tag("name", name).description("Camunda engine metric, as reported to its database (every minute)")
          .register(meters);
    }
    gauges.onRefresh(() -> ENGINE_METRICS.forEach(name ->
        engineTotals.put(name, managementService.createMetricsQuery().name(name).sum())));

    gauges.register("jobalyq.tasks.open", "Open user tasks by process and candidate group", () -> jdbc.query(
        "SELECT COALESCE(D.KEY_, '" + NONE + "') AS PROCESS, COALESCE(L.GROUP_ID_, '" + NONE + "') AS ROLE,"
            + " COUNT(DISTINCT T.ID_) AS N FROM ACT_RU_TASK T"
            + " LEFT JOIN ACT_RE_PROCDEF D ON D.ID_ = T.PROC_DEF_ID_"
            + " LEFT JOIN ACT_RU_IDENTITYLINK L ON L.TASK_ID_ = T.ID_ AND L.TYPE_ = 'candidate'"
            + " AND L.GROUP_ID_ IS NOT NULL"
            + " GROUP BY COALESCE(D.KEY_, '" + NONE + "'), COALESCE(L.GROUP_ID_, '" + NONE + "')",
        (rs, i) -> PeriodicGauges.Row.of(rs.getLong("N"), "process", rs.getString("PROCESS"), "role",
            rs.getString("ROLE"))));
    gauges.register("jobalyq.tasks.overdue", "Open user tasks past their due date, by process", () -> jdbc.query(
        "SELECT COALESCE(D.KEY_, '" + NONE + "') AS PROCESS, COUNT(*) AS N FROM ACT_RU_TASK T"
            + " LEFT JOIN ACT_RE_PROCDEF D ON D.ID_ = T.PROC_DEF_ID_ WHERE T.DUE_DATE_ < ?"
            + " GROUP BY COALESCE(D.KEY_, '" + NONE + "')",
        (rs, i) -> PeriodicGauges.Row.of(rs.getLong("N"), "process", rs.getString("PROCESS")), now()));
    gauges.register("jobalyq.jobs.backlog", "Jobs due and waiting for the job executor, by process", () ->
        jdbc.query("SELECT COALESCE(PROCESS_DEF_KEY_, '" + NONE + "') AS PROCESS, COUNT(*) AS N FROM ACT_RU_JOB"
                + " WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?)"
                + " GROUP BY COALESCE(PROCESS_DEF_KEY_, '" + NONE + "')",
            (rs, i) -> PeriodicGauges.Row.of(rs.getLong("N"), "process", rs.getString("PROCESS")), now()));
    gauges.register("jobalyq.jobs.failed", "Jobs with no retries left (incidents in Cockpit), by process", () ->
        jdbc.query("SELECT COALESCE(PROCESS_DEF_KEY_, '" + NONE + "') AS PROCESS, COUNT(*) AS N FROM ACT_RU_JOB"
                + " WHERE RETRIES_ = 0 GROUP BY COALESCE(PROCESS_DEF_KEY_, '" + NONE + "')",
            (rs, i) -> PeriodicGauges.Row.of(rs.getLong("N"), "process", rs.getString("PROCESS"))));
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }
}
