package kz.jobalyq.planning.financing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

  List<ReportingPeriod> findByAgreementIdOrderByNumberAsc(Long agreementId);

  Optional<ReportingPeriod> findTopByAgreementIdOrderByNumberDesc(Long agreementId);
}
