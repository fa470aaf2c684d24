package kz.jobalyq.system.numbering;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RecordNumberCounterRepository extends JpaRepository<RecordNumberCounter, String> {

  /** Row lock: two registrations in parallel never get the same number. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from RecordNumberCounter c where c.scope = :scope")
  Optional<RecordNumberCounter> lockByScope(String scope);
}
