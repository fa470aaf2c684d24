package kz.jobalyq.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

  List<RoleAssignment> findByProjectAndRoleGroup(Project project, String roleGroup);

  List<RoleAssignment> findByUserId(String userId);

  boolean existsByUserIdAndRoleGroupAndProject(String userId, String roleGroup, Project project);
}
