package kz.jobalyq.hiring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HiringCallRepository extends JpaRepository<HiringCall, Long> {

  Optional<HiringCall> findByNumber(String number);

  List<HiringCall> findByStatusInOrderByPublishedOnDescIdDesc(Collection<HiringCallStatus> statuses);
}
