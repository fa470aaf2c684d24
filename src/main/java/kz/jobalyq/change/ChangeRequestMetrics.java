package kz.jobalyq.change;

import java.util.List;
import kz.jobalyq.system.metrics.PeriodicGauges;
import kz.jobalyq.system.metrics.PeriodicGauges.Row;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code jobalyq_change_requests_decided{timeliness="in_time"|"late"}}: decided change requests, by whether the
 * decision came by the end of the 5-working-day review deadline set when the request was filed (seed 000 §106),
 * and {@code jobalyq_change_requests_waiting}: filed, not yet decided.
 */
@Component
class ChangeRequestMetrics {

  ChangeRequestMetrics(PeriodicGauges gauges, JdbcTemplate jdbc) {
    gauges.register("jobalyq.change_requests.decided", "Decided change requests, within the 5 working days or late",
        () -> jdbc.query("SELECT CASE WHEN review_due_at IS NULL OR decided_at <= review_due_at THEN 'in_time'"
                + " ELSE 'late' END AS timeliness, COUNT(*) AS n FROM change_request WHERE decided_at IS NOT NULL"
                + " GROUP BY CASE WHEN review_due_at IS NULL OR decided_at <= review_due_at THEN 'in_time'"
                + " ELSE 'late' END",
            (rs, i) -> Row.of(rs.getLong("n"), "timeliness", rs.getString("timeliness"))));
    gauges.register("jobalyq.change_requests.waiting", "Change requests filed and not yet decided",
        () -> List.of(Row.of(jdbc.queryForObject(
            "SELECT COUNT(*) FROM change_request WHERE decided_at IS NULL", Long.class))));
  }
}
