package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The engine as the Camunda Spring Boot starter gives it, for the benchmark's start-up comparison. */
@SpringBootApplication
public class BareCamunda {

  public static void main(String[] args) {
    SpringApplication.run(BareCamunda.class, args);
  }
}
