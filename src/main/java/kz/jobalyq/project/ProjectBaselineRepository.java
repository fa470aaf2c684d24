package kz.jobalyq.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectBaselineRepository extends JpaRepository<ProjectBaseline, Long> {

  // JPQL rather than a derived query: Hibernate caches a JPQL query's translation to SQL, a derived one it
  // translates again on every call (and these run for every change request decided).
  @Query("select b from ProjectBaseline b where b.projectId = :projectId order by b.version desc limit 1")
  Optional<ProjectBaseline> findFirstByProjectIdOrderByVersionDesc(Long projectId);

  List<ProjectBaseline> findByProjectIdOrderByVersionAsc(Long projectId);
}
