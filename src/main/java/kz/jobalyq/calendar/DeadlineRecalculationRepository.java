package kz.jobalyq.calendar;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeadlineRecalculationRepository extends JpaRepository<DeadlineRecalculation, Long> {

  /** The latest runs first, for the calendar page. */
  List<DeadlineRecalculation> findTop10ByOrderByIdDesc();

  /**
   * A chunk's share, added in the database (chunks finish on any node, in any order); the last one to reach
   * the total marks the run finished.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update DeadlineRecalculation r set r.done = r.done + :done, r.moved = r.moved + :moved, "
      + "r.finishedAt = case when r.done + :done >= r.total then :now else r.finishedAt end where r.id = :id")
  int addProgress(@Param("id") Long id, @Param("done") int done, @Param("moved") int moved,
      @Param("now") Instant now);
}
