package kz.jobalyq.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The project management plan (§65–§76, §127): team, stakeholders, risk map, funding, procurement and
 * paper documents. Its calendar schedule is kept as {@link ScheduleTask} rows. Each submission is a version.
 */
@Entity
@Table(name = "management_plan")
public class ManagementPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(nullable = false)
  private int version;

  @ElementCollection
  @CollectionTable(name = "plan_team_member", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "row_no")
  private List<TeamMember> team = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "plan_stakeholder", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "row_no")
  private List<Stakeholder> stakeholders = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "plan_risk", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "row_no")
  private List<PlanRisk> risks = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "plan_funding_source", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "row_no")
  private List<FundingSource> fundingSources = new ArrayList<>();

  @Column(name = "procurement_needs", length = 4000)
  private String procurementNeeds;

  @Column(name = "paper_documents", length = 4000)
  private String paperDocuments;

  @Column(name = "communications_plan", length = 4000)
  private String communicationsPlan;

  @Column(name = "schedule_warnings", length = 4000)
  private String scheduleWarnings;

  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected ManagementPlan() {
  }

  ManagementPlan(Long projectId, int version, PlanInput input, String scheduleWarnings, String submittedBy,
      Instant submittedAt) {
    this.projectId = projectId;
    this.version = version;
    this.team = new ArrayList<>(input.team());
    this.stakeholders = new ArrayList<>(input.stakeholders());
    this.risks = new ArrayList<>(input.risks());
    this.fundingSources = new ArrayList<>(input.fundingSources());
    this.procurementNeeds = input.procurementNeeds();
    this.paperDocuments = input.paperDocuments();
    this.communicationsPlan = input.communicationsPlan();
    this.scheduleWarnings = scheduleWarnings;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public List<TeamMember> getTeam() {
    return team;
  }

  public List<Stakeholder> getStakeholders() {
    return stakeholders;
  }

  public List<PlanRisk> getRisks() {
    return risks;
  }

  public List<FundingSource> getFundingSources() {
    return fundingSources;
  }

  public Long getProjectId() {
    return projectId;
  }

  public String getProcurementNeeds() {
    return procurementNeeds;
  }

  public String getPaperDocuments() {
    return paperDocuments;
  }

  public String getCommunicationsPlan() {
    return communicationsPlan;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getScheduleWarnings() {
    return scheduleWarnings;
  }

  /** Total of the funding sources: the plan's budget. */
  public BigDecimal totalFunding() {
    return fundingSources.stream().map(FundingSource::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Embeddable
  public record TeamMember(
      @Column(name = "member_name", nullable = false, length = 300) String name,
      @Column(name = "member_role", nullable = false, length = 300) String role,
      @Enumerated(EnumType.STRING) @Column(name = "employment_format", nullable = false, length = 20)
      EmploymentFormat employmentFormat) {
  }

  @Embeddable
  public record Stakeholder(
      @Column(name = "name", nullable = false, length = 300) String name,
      @Enumerated(EnumType.STRING) @Column(name = "influence", nullable = false, length = 20) Influence influence) {
  }

  @Embeddable
  public record PlanRisk(
      @Column(name = "description", nullable = false, length = 2000) String description,
      @Enumerated(EnumType.STRING) @Column(name = "risk_level", nullable = false, length = 10) RiskLevel level,
      @Column(name = "response", length = 2000) String response) {
  }

  @Embeddable
  public record FundingSource(
      @Column(name = "source", nullable = false, length = 300) String source,
      @Column(name = "amount", nullable = false, precision = 18, scale = 2) BigDecimal amount) {
  }
}
