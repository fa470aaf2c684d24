package kz.jobalyq.planning.programme;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StateProgrammeRepository extends JpaRepository<StateProgramme, Long> {

  Optional<StateProgramme> findByNumber(String number);
}
