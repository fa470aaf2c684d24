package bench.floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One entity, so that Hibernate builds a persistence unit and validates a table as the platform's do. */
@Entity
public class Note {

  @Id
  private Long id;

  private String text;

  protected Note() {
  }

  public Long getId() {
    return id;
  }

  public String getText() {
    return text;
  }
}
