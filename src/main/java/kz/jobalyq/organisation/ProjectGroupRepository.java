package kz.jobalyq.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectGroupRepository extends JpaRepository<ProjectGroup, Long> {

  Optional<ProjectGroup> findByCode(String code);

  List<ProjectGroup> findByBaseDirectionOrderByCode(BaseDirection baseDirection);
}
