package kz.jobalyq.planning.financing;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractPaymentRepository extends JpaRepository<ContractPayment, Long> {

  List<ContractPayment> findByAgreementIdOrderByPaidOnAscIdAsc(Long agreementId);

  List<ContractPayment> findByContractIdOrderByPaidOnAscIdAsc(Long contractId);

  boolean existsByAgreementIdAndPaidOnLessThanEqual(Long agreementId, LocalDate day);

  boolean existsByContractIdAndPaidOnLessThanEqual(Long contractId, LocalDate day);
}
