package kz.jobalyq.planning.financing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementSuspensionRepository extends JpaRepository<AgreementSuspension, Long> {

  List<AgreementSuspension> findByAgreementIdOrderByIdAsc(Long agreementId);
}
