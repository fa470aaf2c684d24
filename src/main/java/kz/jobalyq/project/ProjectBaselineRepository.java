package kz.jobalyq.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectBaselineRepository extends JpaRepository<ProjectBaseline, Long> {

  Optional<ProjectBaseline> findFirstByProjectIdOrderByVersionDesc(Long projectId);

  List<ProjectBaseline> findByProjectIdOrderByVersionAsc(Long projectId);
}
