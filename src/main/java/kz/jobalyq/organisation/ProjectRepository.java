package kz.jobalyq.organisation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

  // Fetch joins in JPQL rather than an entity graph: Hibernate translates an entity-graph query to SQL again on
  // every call, and these two run for every task routed and every project read.
  @Query("""
      select p from Project p join fetch p.projectGroup g join fetch g.baseDirection d join fetch d.programme
      where p.number = :number""")
  Optional<Project> findByNumber(String number);

  @Query("""
      select p from Project p join fetch p.projectGroup g join fetch g.baseDirection d join fetch d.programme
      where p.id = :id""")
  Optional<Project> findWithHierarchyById(Long id);

  List<Project> findByProjectGroupOrderByNumber(ProjectGroup projectGroup);

  /** Row lock until the transaction ends (PostgreSQL: {@code for no key update}, which references do not wait for). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from Project p where p.id = :id")
  Optional<Project> lockById(Long id);

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
