package kz.jobalyq.initiative;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeRepository extends JpaRepository<Initiative, Long> {

  Optional<Initiative> findByNumber(String number);
}
