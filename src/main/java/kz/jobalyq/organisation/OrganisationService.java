package kz.jobalyq.organisation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.numbering.RecordNumbers;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.security.RoleScope;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The hierarchy of programmes, base directions, project groups and projects, and who holds which role. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

  private final ProgrammeRepository programmes;
  private final BaseDirectionRepository baseDirections;
  private final ProjectGroupRepository projectGroups;
  private final ProjectRepository projects;
  private final ProjectLookup projectLookup;
  private final RoleAssignmentRepository roleAssignments;
  private final RecordNumbers recordNumbers;
  private final IdentityService identityService;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public OrganisationService(ProgrammeRepository programmes, BaseDirectionRepository baseDirections,
      ProjectGroupRepository projectGroups, ProjectRepository projects, ProjectLookup projectLookup,
      RoleAssignmentRepository roleAssignments, RecordNumbers recordNumbers, IdentityService identityService,
      ApplicationEventPublisher events, Clock clock) {
    this.programmes = programmes;
    this.baseDirections = baseDirections;
    this.projectGroups = projectGroups;
    this.projects = projects;
    this.projectLookup = projectLookup;
    this.roleAssignments = roleAssignments;
    this.recordNumbers = recordNumbers;
    this.identityService = identityService;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Programme createProgramme(String code, String name) {
    return programmes.save(new Programme(code, name));
  }

  @Transactional
  public BaseDirection createBaseDirection(String programmeCode, String code, String name, boolean typical) {
    Programme programme = programmes.findByCode(programmeCode)
        .orElseThrow(() -> new NotFoundException(Messages.text("notFound.programme", programmeCode)));
    return baseDirections.save(new BaseDirection(programme, code, name, typical));
  }

  @Transactional
  public ProjectGroup createProjectGroup(String baseDirectionCode, String code, String name) {
    BaseDirection direction = baseDirections.findByCode(baseDirectionCode)
        .orElseThrow(() -> new NotFoundException(Messages.text("notFound.baseDirection", baseDirectionCode)));
    return projectGroups.save(new ProjectGroup(direction, code, name));
  }

  /** Places a new project under its project group and gives it its identification number (seed 000 §62). */
  @Transactional
  public ProjectSummary createProject(String projectGroupCode, String name, boolean regulated, BigDecimal budget) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("project name is required");
    }
    ProjectGroup group = projectGroups.findByCode(projectGroupCode)
        .orElseThrow(() -> new IllegalArgumentException("No project group " + projectGroupCode));
    Instant now = clock.instant();
    String number = recordNumbers.yearly("PRJ", Year.now(clock));
    return ProjectSummary.of(projects.save(new Project(number, name.strip(), group, regulated, budget, now)));
  }

  public Optional<String> baseDirectionName(String code) {
    return baseDirections.findByCode(code).map(BaseDirection::getName);
  }

  /** The project group and its base direction, e.g. the direction an initiative belongs to. */
  public Optional<ProjectGroupSummary> findProjectGroup(String code) {
    return code == null ? Optional.empty() : projectGroups.findByCode(code.strip())
        .map(group -> new ProjectGroupSummary(group.getCode(), group.getName(), group.getBaseDirection().getCode(),
            group.getBaseDirection().getName()));
  }

  public record ProjectGroupSummary(String code, String name, String baseDirectionCode, String baseDirectionName) {
  }

  public boolean projectGroupExists(String code) {
    return projectGroups.findByCode(code).isPresent();
  }

  public Optional<ProjectSummary> findProject(String number) {
    if (number == null) {
      return Optional.empty();
    }
    return projectLookup.byNumber(number.strip().toUpperCase()).map(ProjectSummary::of);
  }

  public Optional<ProjectSummary> findProjectById(Long id) {
    return id == null ? Optional.empty() : projectLookup.byId(id).map(ProjectSummary::of);
  }

  public ProjectSummary requireProject(String number) {
    return findProject(number).orElseThrow(() -> new NotFoundException(Messages.text("notFound.project", number)));
  }

  /** The charter names the project and fixes its budget (§126): the hierarchy shows what the charter says. */
  @Transactional
  public void updateProjectFromCharter(Long projectId, String name, BigDecimal budget) {
    Project project = projects.findById(projectId)
        .orElseThrow(() -> new NotFoundException(Messages.text("notFound.project", String.valueOf(projectId))));
    project.updateFromCharter(name, budget);
  }

  /**
   * Holds the project's row until the caller's transaction ends, so that changes to its schedule and baseline, each
   * built on the one before, are applied one at a time, on one node or several.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockProject(Long projectId) {
    projects.lockById(projectId)
        .orElseThrow(() -> new NotFoundException(Messages.text("notFound.project", String.valueOf(projectId))));
  }

  /** A correction of the project's budget outside the charter, e.g. for a hired consultant's fee (§79). */
  @Transactional
  public void correctProjectBudget(String projectNumber, BigDecimal budget) {
    Project project = projects.findByNumber(projectNumber)
        .orElseThrow(() -> new NotFoundException(Messages.text("notFound.project", projectNumber)));
    project.correctBudget(budget);
  }

  @Transactional
  public RoleAssignment assignRole(String userId, Role role, OrganisationUnit unit, String positionTitle) {
    return roleAssignments.save(new RoleAssignment(userId, role.groupId(), unit, positionTitle, clock.instant()));
  }

  @Transactional
  public void assignProjectRole(String projectNumber, String userId, Role role) {
    Project project = projects.findByNumber(projectNumber)
        .orElseThrow(() -> new NotFoundException(Messages.text("notFound.project", projectNumber)));
    if (!roleAssignments.existsByUserIdAndRoleGroupAndProject(userId, role.groupId(), project)) {
      roleAssignments.saveAndFlush(new RoleAssignment(userId, role.groupId(), OrganisationUnit.of(project), null,
          clock.instant()));
      if (identityService.createUserQuery().userId(userId).memberOfGroup(role.groupId()).count() == 0
          && identityService.createUserQuery().userId(userId).count() > 0) {
        identityService.createMembership(userId, role.groupId());
      }
      events.publishEvent(RoleHoldersChanged.onProject(role, project.getNumber()));
    }
  }

  /** The project lead appointed at initiation (§58): the user must exist. */
  @Transactional
  public void appointProjectLead(String projectNumber, String userId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      throw new IllegalArgumentException("projectLeadUserId: пайдаланушы жоқ: " + userId);
    }
    assignProjectRole(projectNumber, userId, Role.PROJECT_LEAD);
  }

  /** The user ids holding {@code role} on the project, e.g. its project lead. */
  public List<String> holdersOf(String projectNumber, Role role) {
    return projectLookup.byNumber(projectNumber)
        .map(project -> roleAssignments.findByProjectAndRoleGroup(project, role.groupId()).stream()
            .map(RoleAssignment::getUserId).toList())
        .orElse(List.of());
  }

  /** The base directions where the user holds a base-direction role (head, implementation group). */
  public List<String> baseDirectionsWhereHeldBy(String userId) {
    return userId == null ? List.of() : roleAssignments.baseDirectionsHeldBy(userId, Arrays.stream(Role.values())
        .filter(role -> role.scope() == RoleScope.BASE_DIRECTION).map(Role::groupId).toList());
  }

  public List<ProgrammeNode> tree() {
    return programmes.findAll().stream()
        .map(programme -> new ProgrammeNode(programme.getCode(), programme.getName(),
            baseDirections.findByProgrammeOrderByCode(programme).stream()
                .map(direction -> new BaseDirectionNode(direction.getCode(), direction.getName(),
                    direction.isTypical(),
                    projectGroups.findByBaseDirectionOrderByCode(direction).stream()
                        .map(group -> new ProjectGroupNode(group.getCode(), group.getName(),
                            projects.findByProjectGroupOrderByNumber(group).stream()
                                .map(p -> new ProjectNode(p.getNumber(), p.getName(), p.isRegulated())).toList()))
                        .toList()))
                .toList()))
        .toList();
  }

  public boolean isEmpty() {
    return programmes.count() == 0;
  }

  /** Every base direction of every programme, by code. */
  public List<BaseDirectionSummary> baseDirections() {
    return baseDirections.findAllByOrderByCode().stream()
        .map(direction -> new BaseDirectionSummary(direction.getCode(), direction.getName(), direction.isTypical()))
        .toList();
  }

  public record BaseDirectionSummary(String code, String name, boolean typical) {
  }

  /**
   * The projects of a base direction, or of every direction when {@code baseDirectionCode} is null,
   * each with its place in the hierarchy: one query however many projects there are.
   */
  public List<ProjectSummary> projectsUnder(String baseDirectionCode) {
    return baseDirectionCode == null ? projects.findAllSummaries()
        : projects.findSummariesUnder(baseDirectionCode.strip());
  }

  public record ProgrammeNode(String code, String name, List<BaseDirectionNode> baseDirections) {
  }

  public record BaseDirectionNode(String code, String name, boolean typical, List<ProjectGroupNode> projectGroups) {
  }

  public record ProjectGroupNode(String code, String name, List<ProjectNode> projects) {
  }

  public record ProjectNode(String number, String name, boolean regulated) {
  }
}
