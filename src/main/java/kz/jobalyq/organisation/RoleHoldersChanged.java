package kz.jobalyq.organisation;

import kz.jobalyq.system.security.Role;

/**
 * Published (in the changing transaction) when someone is appointed to or withdrawn from a role: on one
 * project ({@code projectNumber} set), or on a unit above projects (null: every open task of the role).
 */
public record RoleHoldersChanged(Role role, String projectNumber) {

  public static RoleHoldersChanged onProject(Role role, String projectNumber) {
    return new RoleHoldersChanged(role, projectNumber);
  }

  public static RoleHoldersChanged anywhere(Role role) {
    return new RoleHoldersChanged(role, null);
  }
}
