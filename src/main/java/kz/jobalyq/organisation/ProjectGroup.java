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

/** A project group (жобалар тобы) of a base direction, led by the project group head. */
@Entity
@Table(name = "project_group")
public class ProjectGroup {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "base_direction_id")
  private BaseDirection baseDirection;

  @Column(nullable = false, unique = true, length = 30)
  private String code;

  @Column(nullable = false, length = 500)
  private String name;

  protected ProjectGroup() {
  }

  public ProjectGroup(BaseDirection baseDirection, String code, String name) {
    this.baseDirection = baseDirection;
    this.code = code;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public BaseDirection getBaseDirection() {
    return baseDirection;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
