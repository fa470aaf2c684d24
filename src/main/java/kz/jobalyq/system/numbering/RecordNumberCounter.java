package kz.jobalyq.system.numbering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "record_number_counter")
class RecordNumberCounter {

  @Id
  @Column(name = "scope")
  private String scope;

  @Column(name = "last_value", nullable = false)
  private int lastValue;

  protected RecordNumberCounter() {
  }

  int next() {
    return ++lastValue;
  }
}
