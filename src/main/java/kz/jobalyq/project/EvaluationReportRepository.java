package kz.jobalyq.project;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationReportRepository extends JpaRepository<EvaluationReport, Long> {

  Optional<EvaluationReport> findFirstByProjectIdOrderByIdDesc(Long projectId);
}
