package kz.jobalyq.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The project charter (жоба жарғысы) with every field of seed 000 §126; each submission is a new version. */
@Entity
@Table(name = "project_charter")
public class ProjectCharter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(nullable = false)
  private int version;

  @Column(name = "project_name", nullable = false, length = 500)
  private String projectName;

  @Column(name = "planned_start", nullable = false)
  private LocalDate plannedStart;

  @Column(name = "planned_end", nullable = false)
  private LocalDate plannedEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority_level", nullable = false, length = 10)
  private PriorityLevel priorityLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "project_scale", nullable = false, length = 20)
  private ProjectScale scale;

  @Column(name = "initiator_name", nullable = false, length = 300)
  private String initiatorName;

  @Column(name = "lead_name", nullable = false, length = 300)
  private String leadName;

  @Column(name = "group_head_name", length = 300)
  private String groupHeadName;

  @Column(name = "direction_head_name", length = 300)
  private String directionHeadName;

  @Column(name = "programme_head_name", length = 300)
  private String programmeHeadName;

  @Column(name = "curator_name", length = 300)
  private String curatorName;

  @Column(nullable = false, length = 4000)
  private String goal;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "charter_indicator", joinColumns = @JoinColumn(name = "charter_id"))
  @OrderColumn(name = "row_no")
  private List<TargetIndicator> indicators = new ArrayList<>();

  @Column(name = "success_criteria", nullable = false, length = 4000)
  private String successCriteria;

  @Column(nullable = false, precision = 18, scale = 2)
  private BigDecimal budget;

  @Column(length = 4000)
  private String risks;

  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected ProjectCharter() {
  }

  ProjectCharter(Long projectId, int version, CharterInput input, String submittedBy, Instant submittedAt) {
    this.projectId = projectId;
    this.version = version;
    this.projectName = input.projectName();
    this.plannedStart = input.plannedStart();
    this.plannedEnd = input.plannedEnd();
    this.priorityLevel = input.priorityLevel();
    this.scale = input.scale();
    this.initiatorName = input.initiatorName();
    this.leadName = input.leadName();
    this.groupHeadName = input.groupHeadName();
    this.directionHeadName = input.directionHeadName();
    this.programmeHeadName = input.programmeHeadName();
    this.curatorName = input.curatorName();
    this.goal = input.goal();
    this.indicators = new ArrayList<>(input.indicators());
    this.successCriteria = input.successCriteria();
    this.budget = input.budget();
    this.risks = input.risks();
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getProjectName() {
    return projectName;
  }

  public LocalDate getPlannedStart() {
    return plannedStart;
  }

  public LocalDate getPlannedEnd() {
    return plannedEnd;
  }

  public PriorityLevel getPriorityLevel() {
    return priorityLevel;
  }

  public ProjectScale getScale() {
    return scale;
  }

  public String getLeadName() {
    return leadName;
  }

  public String getGoal() {
    return goal;
  }

  public List<TargetIndicator> getIndicators() {
    return indicators;
  }

  public String getSuccessCriteria() {
    return successCriteria;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public String getRisks() {
    return risks;
  }

  /** A measurable target indicator of the charter's goal. */
  @Embeddable
  public record TargetIndicator(
      @Column(name = "name", nullable = false, length = 500) String name,
      @Column(name = "unit", length = 100) String unit,
      @Column(name = "baseline_value", precision = 18, scale = 4) BigDecimal baselineValue,
      @Column(name = "target_value", nullable = false, precision = 18, scale = 4) BigDecimal targetValue,
      @Column(name = "target_date") LocalDate targetDate) {
  }
}
