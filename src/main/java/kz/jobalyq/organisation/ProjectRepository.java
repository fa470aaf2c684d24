package kz.jobalyq.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

  @EntityGraph(attributePaths = {"projectGroup", "projectGroup.baseDirection", "projectGroup.baseDirection.programme"})
  Optional<Project> findByNumber(String number);

  @EntityGraph(attributePaths = {"projectGroup", "projectGroup.baseDirection", "projectGroup.baseDirection.programme"})
  Optional<Project> findWithHierarchyById(Long id);

  List<Project> findByProjectGroupOrderByNumber(ProjectGroup projectGroup);

  /** Every project with its place in the hierarchy, in one query (no entity per row). */
  @Query("""
      select new kz.jobalyq.organisation.ProjectSummary(p.id, p.number, p.name, p.regulated, p.budget,
          g.code, g.name, d.code, d.name, m.code)
      from Project p join p.projectGroup g join g.baseDirection d join d.programme m
      order by p.number""")
  List<ProjectSummary> findAllSummaries();

  /** The projects of one base direction with their place in the hierarchy, in one query. */
  @Query("""
      select new kz.jobalyq.organisation.ProjectSummary(p.id, p.number, p.name, p.regulated, p.budget,
          g.code, g.name, d.code, d.name, m.code)
      from Project p join p.projectGroup g join g.baseDirection d join d.programme m
      where d.code = :baseDirectionCode
      order by p.number""")
  List<ProjectSummary> findSummariesUnder(String baseDirectionCode);
}
