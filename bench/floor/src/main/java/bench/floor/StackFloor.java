package bench.floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The bare engine with the rest of the fixed stack around it (JPA, Flyway, Spring Security) and one of each of
 * their parts: what any application on this stack pays to start before doing anything of its own.
 */
@SpringBootApplication
public class StackFloor {

  public static void main(String[] args) {
    SpringApplication.run(StackFloor.class, args);
  }
}
