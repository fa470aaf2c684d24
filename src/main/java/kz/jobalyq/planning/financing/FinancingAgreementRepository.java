package kz.jobalyq.planning.financing;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface FinancingAgreementRepository extends JpaRepository<FinancingAgreement, Long> {

  Optional<FinancingAgreement> findByNumber(String number);

  /** Contracts, payments and the contingency reserve are checked against the agreement one writer at a time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from FinancingAgreement a where a.number = :number")
  Optional<FinancingAgreement> lockByNumber(String number);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from FinancingAgreement a where a.id = :id")
  Optional<FinancingAgreement> lockById(Long id);
}
