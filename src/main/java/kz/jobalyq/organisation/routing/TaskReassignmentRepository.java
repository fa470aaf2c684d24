package kz.jobalyq.organisation.routing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskReassignmentRepository extends JpaRepository<TaskReassignment, Long> {

  List<TaskReassignment> findByRecordNumberOrderByReassignedAtAsc(String recordNumber);
}
