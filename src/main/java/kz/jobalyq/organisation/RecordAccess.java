package kz.jobalyq.organisation;

import java.util.Set;
import java.util.stream.Collectors;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may read a project's records over our API (its life cycle, change requests, problems, archive): the
 * people who hold a role on it or above it (its lead, its group head, its base direction's people…), and the
 * ministry-wide roles that watch every project (the project office, the national bodies, control). Anyone
 * else signed in gets 403 — as in Tasklist, where they do not see its tasks.
 */
@Component
public class RecordAccess {

  /** Roles that watch every project, whatever unit it sits in. */
  static final Set<String> WATCHERS = Set.of(Role.ADMIN_GROUP, Role.PO_HEAD.groupId(), Role.PO_CHIEF_MANAGER.groupId(),
      Role.PO_ADMIN.groupId(), Role.NATIONAL_OFFICE.groupId(), Role.NATIONAL_PRIORITY_CURATOR.groupId(),
      Role.STEERING_COUNCIL.groupId(), Role.CONTROL_SERVICE.groupId(), Role.PORTFOLIO_CURATOR.groupId());

  private final OrganisationService organisation;
  private final RoleHolders holders;

  public RecordAccess(OrganisationService organisation, RoleHolders holders) {
    this.organisation = organisation;
    this.holders = holders;
  }

  /** The project, if the signed-in user may read its records: 404 for an unknown project, 403 otherwise. */
  public ProjectSummary requireProjectReader(String projectNumber) {
    ProjectSummary project = organisation.requireProject(projectNumber);
    if (!mayRead(project.number())) {
      throw new AccessDeniedException("Not a holder of a role on " + project.number());
    }
    return project;
  }

  /** Whether the signed-in user may read the records of a base direction (a hiring call's, say). */
  public void requireBaseDirectionReader(String baseDirectionCode) {
    if (baseDirectionCode != null) {
      requireReader(RecordScope.ofBaseDirection(baseDirectionCode));
    }
  }

  /**
   * A record placed in the hierarchy (an initiative under its project group, say): its filer, the holders of
   * a role on its place or above, and the watchers may read it; 403 for anyone else.
   */
  public void requireReader(RecordScope record) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    boolean owner = record.ownerUserId() != null && record.ownerUserId().equals(name(user));
    if (!owner && !isWatcher(user) && !holders.holdsAnyRole(name(user), record)) {
      throw new AccessDeniedException("Not a holder of a role on " + record);
    }
  }

  public boolean mayRead(String projectNumber) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !user.isAuthenticated()) {
      return false;
    }
    if (isWatcher(user)) {
      return true;
    }
    if (organisation.findProject(projectNumber).isEmpty()) {
      throw new NotFoundException(Messages.text("notFound.project", projectNumber));
    }
    return holders.holdsAnyRole(name(user), RecordScope.ofProject(projectNumber));
  }

  private static boolean isWatcher(Authentication user) {
    if (user == null) {
      return false;
    }
    Set<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
    return groups.stream().anyMatch(WATCHERS::contains);
  }

  private static String name(Authentication user) {
    return user == null ? null : user.getName();
  }
}
