package kz.jobalyq.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

  List<RoleAssignment> findByProjectAndRoleGroup(Project project, String roleGroup);

  List<RoleAssignment> findByUserId(String userId);

  boolean existsByUserIdAndRoleGroupAndProject(String userId, String roleGroup, Project project);

  /**
   * Who holds the role on any of the units (a project and the units above it), with the unit each holds it on:
   * one statement where a lookup unit by unit took up to four. A level not asked is given as -1 (no unit has that
   * id): single values, not lists, so Hibernate translates the query once and reuses it.
   */
  @Query("""
      select new kz.jobalyq.organisation.RoleHolding(a.userId, a.project.id, a.projectGroup.id, a.baseDirection.id,
        a.programme.id)
      from RoleAssignment a
      where a.roleGroup = :role and (a.project.id = :project or a.projectGroup.id = :group
        or a.baseDirection.id = :direction or a.programme.id = :programme)""")
  List<RoleHolding> holdingsIn(String role, long project, long group, long direction, long programme);

  /**
   * Whether the user holds any role on one of the units (a project and the units above it); a level the record has
   * no unit on is given as -1, as in {@link #holdingsIn}.
   */
  @Query("""
      select count(a) > 0 from RoleAssignment a
      where a.userId = :userId and (a.project.id = :project or a.projectGroup.id = :group
        or a.baseDirection.id = :direction or a.programme.id = :programme)""")
  boolean holdsAnyRoleIn(String userId, long project, long group, long direction, long programme);

  @Query("""
      select distinct a.baseDirection.code from RoleAssignment a
      where a.userId = :userId and a.roleGroup in :roles and a.baseDirection is not null
      order by a.baseDirection.code""")
  List<String> baseDirectionsHeldBy(String userId, Collection<String> roles);

  @Query("""
      select a from RoleAssignment a left join fetch a.project left join fetch a.projectGroup
        left join fetch a.baseDirection left join fetch a.programme
      order by a.roleGroup, a.userId""")
  List<RoleAssignment> findAllWithUnits();
}
