package kz.jobalyq.project;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectCharterRepository extends JpaRepository<ProjectCharter, Long> {

  Optional<ProjectCharter> findFirstByProjectIdOrderByVersionDesc(Long projectId);

  int countByProjectId(Long projectId);
}
