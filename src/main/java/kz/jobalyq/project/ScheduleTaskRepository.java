package kz.jobalyq.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScheduleTaskRepository extends JpaRepository<ScheduleTask, Long> {

  List<ScheduleTask> findByProjectIdOrderByIdAsc(Long projectId);

  List<ScheduleTask> findByPlanIdOrderByIdAsc(Long planId);

  // JPQL rather than a derived query: Hibernate caches a JPQL query's translation to SQL, a derived one it
  // translates again on every call (and these run for every change request decided).
  @Query("select count(t) from ScheduleTask t where t.projectId = :projectId and t.parentId = :parentId")
  long countByProjectIdAndParentId(Long projectId, Long parentId);

  /** The WBS code of the newest line under a parent: one probe of the (project, parent, id) index. */
  @Query("""
      select t.wbsCode from ScheduleTask t
      where t.projectId = :projectId and t.parentId = :parentId
      order by t.id desc limit 1""")
  Optional<String> newestWbsCodeUnder(Long projectId, Long parentId);

  @Query("""
      select t from ScheduleTask t
      where t.projectId = :projectId and t.parentId is null and t.changeRequestNumber is null and t.planId is null
        and t.wbsCode = :wbsCode
      order by t.id limit 1""")
  Optional<ScheduleTask> findFirstByProjectIdAndParentIdIsNullAndChangeRequestNumberIsNullAndPlanIdIsNullAndWbsCode(
      Long projectId, String wbsCode);
}
