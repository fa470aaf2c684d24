package kz.jobalyq.system.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Gauges whose values come from the database: each is computed by one query every
 * {@code jobalyq.metrics.refresh-interval} on this node and kept, so a scrape never queries the database. Every
 * node reports the same cluster-wide figures (Prometheus takes max by instance).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class PeriodicGauges {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodicGauges.class);

  /** One row of a gauge: its tags and value. */
  public record Row(Tags tags, Number value) {
    public static Row of(Number value, String... keyValues) {
      return new Row(Tags.of(keyValues), value);
    }
  }

  private record Source(String name, MultiGauge gauge, Supplier<List<Row>> rows) {
  }

  private final MeterRegistry meters;
  private final List<Source> sources = new ArrayList<>();
  private final List<Runnable> refreshers = new ArrayList<>();

  public PeriodicGauges(MeterRegistry meters) {
    this.meters = meters;
  }

  /** A gauge with one time series per row that {@code rows} answers at each refresh. */
  public synchronized void register(String name, String description, Supplier<List<Row>> rows) {
    sources.add(new Source(name, MultiGauge.builder(name).description(description).register(meters), rows));
  }

  /** Other figures kept by their owners, brought up to date with the gauges. */
  public synchronized void onRefresh(Runnable refresher) {
    refreshers.add(refresher);
  }

  @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${jobalyq.metrics.refresh-interval:PT30S}")
  public synchronized void refresh() {
    for (Runnable refresher : refreshers) {
      try {
        refresher.run();
      } catch (RuntimeException e) {
        LOG.warn("A metric could not be refreshed; it keeps its last value", e);
      }
    }
    for (Source source : sources) {
      try {
        source.gauge().register(source.rows().get().stream()
            .map(row -> MultiGauge.Row.of(row.tags(), row.value())).toList(), true);
      } catch (RuntimeException e) {
        LOG.warn("Gauge {} could not be refreshed; it keeps its last values", source.name(), e);
      }
    }
  }
}
