package kz.jobalyq.project;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManagementPlanRepository extends JpaRepository<ManagementPlan, Long> {

  Optional<ManagementPlan> findFirstByProjectIdOrderByVersionDesc(Long projectId);

  int countByProjectId(Long projectId);
}
