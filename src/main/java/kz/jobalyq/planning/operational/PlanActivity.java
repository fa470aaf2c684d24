package kz.jobalyq.planning.operational;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One activity of an operational plan (Annex 1), valid in the editions {@code versionFrom ≤ v < versionTo}. A
 * correction never rewrites an approved row: it retires it and adds its successor, so the quarterly reports made
 * against it still read as they were made.
 */
@Entity
@Table(name = "operational_plan_activity")
public class PlanActivity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private Long planId;

  @Column(name = "version_from", nullable = false)
  private int versionFrom;

  @Column(name = "version_to")
  private Integer versionTo;

  @Column(name = "replaces_activity_id")
  private Long replacesActivityId;

  @Column(name = "row_order", nullable = false)
  private int rowOrder;

  @Embedded
  private ActivityContent content;

  protected PlanActivity() {
  }

  PlanActivity(Long planId, int versionFrom, Long replacesActivityId, int rowOrder, ActivityContent content) {
    this.planId = planId;
    this.versionFrom = versionFrom;
    this.replacesActivityId = replacesActivityId;
    this.rowOrder = rowOrder;
    this.content = content;
  }

  boolean isCurrent() {
    return versionTo == null;
  }

  boolean belongsTo(int version) {
    return versionFrom <= version && (versionTo == null || versionTo > version);
  }

  void retireFrom(int version) {
    versionTo = version;
  }

  /** Only for a row no one has approved yet: it is still a draft. */
  void redraft(int rowOrder, ActivityContent content) {
    this.rowOrder = rowOrder;
    this.content = content;
  }

  void moveTo(int rowOrder) {
    this.rowOrder = rowOrder;
  }

  public Long getId() {
    return id;
  }

  public Long getPlanId() {
    return planId;
  }

  public int getVersionFrom() {
    return versionFrom;
  }

  public Integer getVersionTo() {
    return versionTo;
  }

  public Long getReplacesActivityId() {
    return replacesActivityId;
  }

  public int getRowOrder() {
    return rowOrder;
  }

  public ActivityContent getContent() {
    return content;
  }
}
