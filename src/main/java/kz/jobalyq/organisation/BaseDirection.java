package kz.jobalyq.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A base direction (базалық бағыт) of a programme, led by a vice-minister. */
@Entity
@Table(name = "base_direction")
public class BaseDirection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "programme_id")
  private Programme programme;

  @Column(nullable = false, unique = true, length = 30)
  private String code;

  @Column(nullable = false, length = 500)
  private String name;

  /** The "typical base direction" (типтік базалық бағыт) of state-body modernisation, led by the chief of staff. */
  @Column(nullable = false)
  private boolean typical;

  protected BaseDirection() {
  }

  public BaseDirection(Programme programme, String code, String name, boolean typical) {
    this.programme = programme;
    this.code = code;
    this.name = name;
    this.typical = typical;
  }

  public Long getId() {
    return id;
  }

  public Programme getProgramme() {
    return programme;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public boolean isTypical() {
    return typical;
  }
}
