package kz.jobalyq.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A baseline plan: version 1 approved by the implementation group lead (§76); every accepted change
 * request that alters the baseline adds the next version, so the history is kept.
 */
@Entity
@Table(name = "project_baseline")
public class ProjectBaseline {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(nullable = false)
  private int version;

  @Column(name = "planned_end", nullable = false)
  private LocalDate plannedEnd;

  @Column(nullable = false, precision = 18, scale = 2)
  private BigDecimal budget;

  @Column(nullable = false, length = 4000)
  private String scope;

  @Column(name = "quality_targets", length = 4000)
  private String qualityTargets;

  @Column(name = "approved_by", length = 100)
  private String approvedBy;

  @Column(name = "approved_at", nullable = false)
  private Instant approvedAt;

  @Column(name = "change_request_number", length = 60)
  private String changeRequestNumber;

  protected ProjectBaseline() {
  }

  ProjectBaseline(Long projectId, int version, LocalDate plannedEnd, BigDecimal budget, String scope,
      String qualityTargets, String approvedBy, Instant approvedAt, String changeRequestNumber) {
    this.projectId = projectId;
    this.version = version;
    this.plannedEnd = plannedEnd;
    this.budget = budget;
    this.scope = scope;
    this.qualityTargets = qualityTargets;
    this.approvedBy = approvedBy;
    this.approvedAt = approvedAt;
    this.changeRequestNumber = changeRequestNumber;
  }

  public int getVersion() {
    return version;
  }

  public LocalDate getPlannedEnd() {
    return plannedEnd;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public String getScope() {
    return scope;
  }

  public String getQualityTargets() {
    return qualityTargets;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public String getChangeRequestNumber() {
    return changeRequestNumber;
  }
}
