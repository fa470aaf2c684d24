package kz.jobalyq.change;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

  Optional<ChangeRequest> findByNumber(String number);

  List<ChangeRequest> findByProjectIdOrderByFiledAtDesc(Long projectId);
}
