package kz.jobalyq;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class JobalyqApplication {

  public static void main(String[] args) {
    SpringApplication.run(JobalyqApplication.class, args);
  }
}
