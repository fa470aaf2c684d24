package kz.jobalyq.initiative;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativePassportRepository extends JpaRepository<InitiativePassport, Long> {

  Optional<InitiativePassport> findFirstByInitiativeIdOrderByVersionDesc(Long initiativeId);

  int countByInitiativeId(Long initiativeId);
}
