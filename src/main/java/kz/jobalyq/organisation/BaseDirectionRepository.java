package kz.jobalyq.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BaseDirectionRepository extends JpaRepository<BaseDirection, Long> {

  Optional<BaseDirection> findByCode(String code);

  List<BaseDirection> findByProgrammeOrderByCode(Programme programme);

  List<BaseDirection> findAllByOrderByCode();
}
