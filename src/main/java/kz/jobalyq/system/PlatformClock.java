package kz.jobalyq.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the platform: the engine's. Records stamped by our services and the timers of
 * the engine then agree, and a test that moves the engine clock moves both.
 */
public class PlatformClock extends Clock {

  private final ZoneId zone;

  public PlatformClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new PlatformClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
