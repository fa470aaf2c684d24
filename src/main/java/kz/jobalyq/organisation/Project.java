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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A project placed in the hierarchy under its project group. Its number ({@code PRJ-2026-0007}) is the
 * unique identification number of seed 000 §62 and the business key of its processes.
 */
@Entity
@Table(name = "project")
public class Project {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_number", nullable = false, unique = true, length = 30)
  private String number;

  @Column(nullable = false, length = 500)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_group_id")
  private ProjectGroup projectGroup;

  /** Meets §78 of the national Project-Management Rules: its decisions go one level higher. */
  @Column(nullable = false)
  private boolean regulated;

  /** The approved budget, tenge; unknown until the charter gives it. */
  @Column(precision = 18, scale = 2)
  private BigDecimal budget;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Project() {
  }

  Project(String number, String name, ProjectGroup projectGroup, boolean regulated, BigDecimal budget,
      Instant createdAt) {
    this.number = number;
    this.name = name;
    this.projectGroup = projectGroup;
    this.regulated = regulated;
    this.budget = budget;
    this.createdAt = createdAt;
  }

  void updateFromCharter(String name, BigDecimal budget) {
    this.name = name;
    this.budget = budget;
  }

  void correctBudget(BigDecimal budget) {
    this.budget = budget;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getName() {
    return name;
  }

  public ProjectGroup getProjectGroup() {
    return projectGroup;
  }

  public boolean isRegulated() {
    return regulated;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
