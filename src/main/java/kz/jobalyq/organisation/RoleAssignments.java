package kz.jobalyq.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.security.RoleScope;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role where, as data an administrator keeps: appointing a person to a role on a unit of
 * the hierarchy, or withdrawing the appointment. Open tasks of the role follow ({@link RoleHoldersChanged}).
 */
@Service
@Transactional
public class RoleAssignments {

  private final ProgrammeRepository programmes;
  private final BaseDirectionRepository baseDirections;
  private final ProjectGroupRepository projectGroups;
  private final ProjectRepository projects;
  private final RoleAssignmentRepository assignments;
  private final IdentityService identityService;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public RoleAssignments(ProgrammeRepository programmes, BaseDirectionRepository baseDirections,
      ProjectGroupRepository projectGroups, ProjectRepository projects, RoleAssignmentRepository assignments,
      IdentityService identityService, ApplicationEventPublisher events, Clock clock) {
    this.programmes = programmes;
    this.baseDirections = baseDirections;
    this.projectGroups = projectGroups;
    this.projects = projects;
    this.assignments = assignments;
    this.identityService = identityService;
    this.events = events;
    this.clock = clock;
  }

  /** Where a role is held: the kind of unit and its code (a project's number). */
  public enum UnitKind { PROGRAMME, BASE_DIRECTION, PROJECT_GROUP, PROJECT }

  public record Appointment(String userId, String role, UnitKind unitKind, String unitCode, String positionTitle) {
  }

  public record AssignmentView(Long id, String userId, String role, UnitKind unitKind, String unitCode,
      String positionTitle, String assignedAt) {

    static AssignmentView of(RoleAssignment assignment) {
      UnitKind kind;
      String code;
      if (assignment.getProject() != null) {
        kind = UnitKind.PROJECT;
        code = assignment.getProject().getNumber();
      } else if (assignment.getProjectGroup() != null) {
        kind = UnitKind.PROJECT_GROUP;
        code = assignment.getProjectGroup().getCode();
      } else if (assignment.getBaseDirection() != null) {
        kind = UnitKind.BASE_DIRECTION;
        code = assignment.getBaseDirection().getCode();
      } else if (assignment.getProgramme() != null) {
        kind = UnitKind.PROGRAMME;
        code = assignment.getProgramme().getCode();
      } else {
        kind = null;
        code = null;
      }
      return new AssignmentView(assignment.getId(), assignment.getUserId(), assignment.getRoleGroup(), kind, code,
          assignment.getPositionTitle(), assignment.getAssignedAt().toString());
    }
  }

  @Transactional(readOnly = true)
  public List<AssignmentView> all() {
    return assignments.findAllWithUnits().stream().map(AssignmentView::of).toList();
  }

  /**
   * Appoints the user: the user must exist, the role must be one held below the ministry, and the unit must
   * exist. The user joins the role's group (so Tasklist shows them the role's filters) if not yet in it.
   */
  public AssignmentView appoint(Appointment appointment) {
    String userId = required(appointment.userId(), "userId");
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      throw new IllegalArgumentException("userId: пайдаланушы жоқ: " + userId);
    }
    Role role = Role.ofGroup(required(appointment.role(), "role"))
        .orElseThrow(() -> new IllegalArgumentException("role: мұндай рөл жоқ: " + appointment.role()));
    if (!role.isRecordScoped() || role.scope() == RoleScope.RECORD_OWNER) {
      throw new IllegalArgumentException("role: «" + role.kazakhName() + "» рөлі бүкіл министрлікке ортақ — "
          + "оны топқа мүшелік береді, тағайындау қажет емес");
    }
    if (appointment.unitKind() == null) {
      throw new IllegalArgumentException("unitKind: PROGRAMME, BASE_DIRECTION, PROJECT_GROUP не PROJECT");
    }
    OrganisationUnit unit = unit(appointment.unitKind(), required(appointment.unitCode(), "unitCode"));
    String title = appointment.positionTitle() == null || appointment.positionTitle().isBlank() ? null
        : appointment.positionTitle().strip();
    if (title != null && title.length() > 500) {
      throw new IllegalArgumentException("positionTitle: 500 таңбадан аспауы тиіс");
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(role.groupId()).count() == 0) {
      identityService.createMembership(userId, role.groupId());
    }
    RoleAssignment saved = assignments.saveAndFlush(new RoleAssignment(userId, role.groupId(), unit, title,
        clock.instant()));
    events.publishEvent(unit.project() != null ? RoleHoldersChanged.onProject(role, unit.project().getNumber())
        : RoleHoldersChanged.anywhere(role));
    return AssignmentView.of(saved);
  }

  /** Withdraws an appointment; the role's open tasks leave the person. */
  public void withdraw(Long id) {
    RoleAssignment assignment = assignments.findById(id)
        .orElseThrow(() -> new NotFoundException(Messages.text("notFound.assignment", String.valueOf(id))));
    assignments.delete(assignment);
    assignments.flush();
    Role.ofGroup(assignment.getRoleGroup()).ifPresent(role -> events.publishEvent(assignment.getProject() != null
        ? RoleHoldersChanged.onProject(role, assignment.getProject().getNumber()) : RoleHoldersChanged.anywhere(role)));
  }

  private OrganisationUnit unit(UnitKind kind, String code) {
    return switch (kind) {
      case PROGRAMME -> OrganisationUnit.of(programmes.findByCode(code)
          .orElseThrow(() -> new IllegalArgumentException("unitCode: бағдарлама жоқ: " + code)));
      case BASE_DIRECTION -> OrganisationUnit.of(baseDirections.findByCode(code)
          .orElseThrow(() -> new IllegalArgumentException("unitCode: базалық бағыт жоқ: " + code)));
      case PROJECT_GROUP -> OrganisationUnit.of(projectGroups.findByCode(code)
          .orElseThrow(() -> new IllegalArgumentException("unitCode: жобалар тобы жоқ: " + code)));
      case PROJECT -> OrganisationUnit.of(projects.findByNumber(code.toUpperCase(Locale.ROOT))
          .orElseThrow(() -> new IllegalArgumentException("unitCode: жоба жоқ: " + code)));
    };
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": толтыру міндетті");
    }
    if (value.length() > 100) {
      throw new IllegalArgumentException(field + ": 100 таңбадан аспауы тиіс");
    }
    return value.strip();
  }
}
