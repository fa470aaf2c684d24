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
import java.time.Instant;

/**
 * A person holding a role of REGULATIONS.md §1 at one level of the hierarchy: the programme head of a
 * programme, the head of a base direction, the lead of a project. At most one of the four units is set.
 */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, length = 100)
  private String userId;

  /** The role's Camunda group id, e.g. {@code project-lead}. */
  @Column(name = "role_group", nullable = false, length = 40)
  private String roleGroup;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "programme_id")
  private Programme programme;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "base_direction_id")
  private BaseDirection baseDirection;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "project_group_id")
  private ProjectGroup projectGroup;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "project_id")
  private Project project;

  /** The position the person holds, as the appointing order words it. */
  @Column(name = "position_title", length = 500)
  private String positionTitle;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  protected RoleAssignment() {
  }

  RoleAssignment(String userId, String roleGroup, OrganisationUnit unit, String positionTitle, Instant assignedAt) {
    this.userId = userId;
    this.roleGroup = roleGroup;
    this.programme = unit.programme();
    this.baseDirection = unit.baseDirection();
    this.projectGroup = unit.projectGroup();
    this.project = unit.project();
    this.positionTitle = positionTitle;
    this.assignedAt = assignedAt;
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public String getRoleGroup() {
    return roleGroup;
  }

  public Programme getProgramme() {
    return programme;
  }

  public BaseDirection getBaseDirection() {
    return baseDirection;
  }

  public ProjectGroup getProjectGroup() {
    return projectGroup;
  }

  public Project getProject() {
    return project;
  }

  public String getPositionTitle() {
    return positionTitle;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }
}
