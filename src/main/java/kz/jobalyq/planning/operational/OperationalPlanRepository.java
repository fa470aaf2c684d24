package kz.jobalyq.planning.operational;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OperationalPlanRepository extends JpaRepository<OperationalPlan, Long> {

  Optional<OperationalPlan> findByNumber(String number);

  List<OperationalPlan> findAllByOrderByPlanYearDescIdDesc();
}
