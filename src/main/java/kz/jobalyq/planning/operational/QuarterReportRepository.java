package kz.jobalyq.planning.operational;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuarterReportRepository extends JpaRepository<QuarterReport, Long> {

  Optional<QuarterReport> findByPlanIdAndQuarter(Long planId, int quarter);

  List<QuarterReport> findByPlanIdOrderByQuarterAsc(Long planId);
}
