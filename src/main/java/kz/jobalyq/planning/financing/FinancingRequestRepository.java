package kz.jobalyq.planning.financing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FinancingRequestRepository extends JpaRepository<FinancingRequest, Long> {

  List<FinancingRequest> findByAgreementIdOrderByIdAsc(Long agreementId);

  List<FinancingRequest> findByAgreementIdAndKindAndStatus(Long agreementId, RequestKind kind, RequestStatus status);
}
