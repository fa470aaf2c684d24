package kz.jobalyq;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.metrics.data.RepositoryMetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * No metrics per repository call: a timer for each of the tens of calls a request makes, on no dashboard (ours are
 * in kz.jobalyq.system.metrics, with the HTTP requests'). Switched off by its property, Spring Boot's listener still
 * timed every call and built its tags before finding it should record nothing (0.4 % of the benchmark's request CPU).
 */
@SpringBootApplication(exclude = RepositoryMetricsAutoConfiguration.class)
@ConfigurationPropertiesScan
public class JobalyqApplication {

  public static void main(String[] args) {
    SpringApplication.run(JobalyqApplication.class, args);
  }
}
