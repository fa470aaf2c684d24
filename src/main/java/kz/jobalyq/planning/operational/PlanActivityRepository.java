package kz.jobalyq.planning.operational;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanActivityRepository extends JpaRepository<PlanActivity, Long> {

  List<PlanActivity> findByPlanIdOrderByRowOrderAscIdAsc(Long planId);
}
