package kz.jobalyq.system.metrics;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** The engine writes its metrics to the database every minute (default 15), so Prometheus sees them soon. */
@Component
public class EngineMetricsReporting extends AbstractProcessEnginePlugin {

  private static final int INTERVAL_SECONDS = 60;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getDbMetricsReporter() != null) {
      configuration.getDbMetricsReporter().setReportingIntervalInSeconds(INTERVAL_SECONDS);
    }
  }
}
