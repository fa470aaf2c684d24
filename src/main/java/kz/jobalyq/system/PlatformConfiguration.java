package kz.jobalyq.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PlatformConfiguration {

  @Bean
  public Clock platformClock(@Value("${jobalyq.calendar.zone:Asia/Almaty}") ZoneId zone) {
    return new PlatformClock(zone);
  }
}
