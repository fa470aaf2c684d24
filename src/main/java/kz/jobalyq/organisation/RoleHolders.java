package kz.jobalyq.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.security.RoleScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a role for a record, from the organisation's role assignments: the lead of the record's
 * project, the head of its project group, the head of its base direction… A role is looked for at the
 * level it is held at and, where nobody holds it there, at the levels above (a programme-wide appointment
 * covers its projects); never below, and never across to another unit.
 */
@Service
@Transactional(readOnly = true)
public class RoleHolders {

  /** No unit has this id: a level not asked about. */
  private static final long NO_UNIT = -1L;

  private final ProjectLookup projects;
  private final ProjectGroupRepository projectGroups;
  private final BaseDirectionRepository baseDirections;
  private final ProgrammeRepository programmes;
  private final RoleAssignmentRepository assignments;

  public RoleHolders(ProjectLookup projects, ProjectGroupRepository projectGroups,
      BaseDirectionRepository baseDirections, ProgrammeRepository programmes, RoleAssignmentRepository assignments) {
    this.projects = projects;
    this.projectGroups = projectGroups;
    this.baseDirections = baseDirections;
    this.programmes = programmes;
    this.assignments = assignments;
  }

  /**
   * The user ids holding {@code role} for the record, or empty when the task is not narrowed: the role is
   * ministry-wide, or the record has no place in the hierarchy. A place that does not exist has no holders.
   */
  public Optional<List<String>> holders(Role role, RecordScope scope) {
    if (!role.isRecordScoped() || scope.isEmpty()) {
      return Optional.empty();
    }
    if (role.scope() == RoleScope.RECORD_OWNER) {
      return Optional.of(scope.ownerUserId() == null ? List.of() : List.of(scope.ownerUserId()));
    }
    return Optional.of(placeOf(scope).map(place -> holders(role, place)).orElse(List.of()));
  }

  /** Whether the user holds any role on the record's project or on a unit above it. */
  public boolean holdsAnyRole(String userId, RecordScope scope) {
    if (userId == null || scope.isEmpty()) {
      return false;
    }
    return placeOf(scope).map(place -> assignments.holdsAnyRoleIn(userId, idOrNone(place.projectId()),
        idOrNone(place.projectGroupId()), idOrNone(place.baseDirectionId()), idOrNone(place.programmeId())))
        .orElse(false);
  }

  /** Whether the user holds {@code role} for the record (at its level or above). */
  public boolean holds(String userId, Role role, RecordScope scope) {
    return holders(role, scope).map(users -> users.contains(userId)).orElse(false);
  }

  private List<String> holders(Role role, Place place) {
    // From the role's own level upwards: a project lead is appointed to a project, a group head to a group.
    RoleScope level = role.scope();
    Long project = level == RoleScope.PROJECT ? place.projectId() : null;
    Long group = atOrBelow(level, RoleScope.PROJECT_GROUP) ? place.projectGroupId() : null;
    Long direction = atOrBelow(level, RoleScope.BASE_DIRECTION) ? place.baseDirectionId() : null;
    List<RoleHolding> holdings = assignments.holdingsIn(role.groupId(), idOrNone(project), idOrNone(group),
        idOrNone(direction), idOrNone(place.programmeId()));
    List<Function<RoleHolding, Long>> levels = List.of(RoleHolding::projectId, RoleHolding::projectGroupId,
        RoleHolding::baseDirectionId, RoleHolding::programmeId);
    List<Long> unitIds = Arrays.asList(project, group, direction, place.programmeId());
    for (int i = 0; i < levels.size(); i++) {
      Long unit = unitIds.get(i);
      Function<RoleHolding, Long> unitOf = levels.get(i);
      List<String> users = holdings.stream().filter(holding -> unit != null && unit.equals(unitOf.apply(holding)))
          .map(RoleHolding::userId).distinct().sorted().toList();
      if (!users.isEmpty()) {
        return users;
      }
    }
    return List.of();
  }

  private static boolean atOrBelow(RoleScope role, RoleScope level) {
    return role.ordinal() >= level.ordinal();
  }

  private Optional<Place> placeOf(RecordScope scope) {
    if (scope.projectNumber() != null) {
      return projects.byNumber(scope.projectNumber()).map(project -> {
        ProjectGroup group = project.getProjectGroup();
        BaseDirection direction = group.getBaseDirection();
        return new Place(project.getId(), group.getId(), direction.getId(), direction.getProgramme().getId());
      });
    }
    if (scope.projectGroupCode() != null) {
      return projectGroups.findByCode(scope.projectGroupCode()).map(group -> new Place(null, group.getId(),
          group.getBaseDirection().getId(), group.getBaseDirection().getProgramme().getId()));
    }
    if (scope.baseDirectionCode() != null) {
      return baseDirections.findByCode(scope.baseDirectionCode())
          .map(direction -> new Place(null, null, direction.getId(), direction.getProgramme().getId()));
    }
    return programmes.findByCode(scope.programmeCode()).map(programme -> new Place(null, null, null,
        programme.getId()));
  }

  private static long idOrNone(Long id) {
    return id == null ? NO_UNIT : id;
  }

  private record Place(Long projectId, Long projectGroupId, Long baseDirectionId, Long programmeId) {
  }
}
