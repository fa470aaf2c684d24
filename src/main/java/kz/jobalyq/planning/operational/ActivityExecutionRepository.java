package kz.jobalyq.planning.operational;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityExecutionRepository extends JpaRepository<ActivityExecution, Long> {

  List<ActivityExecution> findByQuarterIdOrderByIdAsc(Long quarterId);
}
