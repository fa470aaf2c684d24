package kz.jobalyq.planning.operational;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityProposalRepository extends JpaRepository<ActivityProposal, Long> {

  List<ActivityProposal> findByPlanIdOrderByIdAsc(Long planId);
}
