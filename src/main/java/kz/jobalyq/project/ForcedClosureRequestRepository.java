package kz.jobalyq.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ForcedClosureRequestRepository extends JpaRepository<ForcedClosureRequest, Long> {

  List<ForcedClosureRequest> findByProjectIdOrderByIdAsc(Long projectId);
}
