package kz.jobalyq.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleTaskRepository extends JpaRepository<ScheduleTask, Long> {

  List<ScheduleTask> findByProjectIdOrderByIdAsc(Long projectId);

  List<ScheduleTask> findByPlanIdOrderByIdAsc(Long planId);

  int countByProjectIdAndParentId(Long projectId, Long parentId);

  Optional<ScheduleTask> findFirstByProjectIdAndParentIdIsNullAndChangeRequestNumberIsNullAndPlanIdIsNullAndWbsCode(
      Long projectId, String wbsCode);
}
