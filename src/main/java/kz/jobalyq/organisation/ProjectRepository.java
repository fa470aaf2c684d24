package kz.jobalyq.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<Project, Long> {

  @EntityGraph(attributePaths = {"projectGroup", "projectGroup.baseDirection", "projectGroup.baseDirection.programme"})
  Optional<Project> findByNumber(String number);

  @EntityGraph(attributePaths = {"projectGroup", "projectGroup.baseDirection", "projectGroup.baseDirection.programme"})
  Optional<Project> findWithHierarchyById(Long id);

  List<Project> findByProjectGroupOrderByNumber(ProjectGroup projectGroup);
}
