package kz.jobalyq.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FinalReportRepository extends JpaRepository<FinalReport, Long> {

  List<FinalReport> findByProjectIdOrderByIdAsc(Long projectId);
}
