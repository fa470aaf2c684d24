package kz.jobalyq.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectLifecycleRepository extends JpaRepository<ProjectLifecycle, Long> {

  /** Pairs of project id and status, without loading the life cycles. */
  @Query("select l.projectId, l.status from ProjectLifecycle l")
  List<Object[]> findAllStatuses();
}
