package kz.jobalyq.planning.financing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FinancedContractRepository extends JpaRepository<FinancedContract, Long> {

  Optional<FinancedContract> findByAgreementIdAndReference(Long agreementId, String reference);

  List<FinancedContract> findByAgreementIdOrderBySignedOnAscIdAsc(Long agreementId);

  List<FinancedContract> findByParentContractId(Long parentContractId);
}
