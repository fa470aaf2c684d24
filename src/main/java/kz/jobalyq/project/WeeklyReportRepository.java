package kz.jobalyq.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WeeklyReportRepository extends JpaRepository<WeeklyReport, Long> {

  Optional<WeeklyReport> findByProjectIdAndWeekStart(Long projectId, LocalDate weekStart);

  List<WeeklyReport> findByProjectIdOrderByWeekStartAsc(Long projectId);
}
