package kz.jobalyq.organisation;

import java.util.List;
import java.util.Optional;
import kz.jobalyq.system.persistence.TransactionMemo;
import org.springframework.stereotype.Component;

/**
 * A project with its place in the hierarchy, by number or id, read from the database once per transaction: one
 * engine command asks for its record's project in the step's delegate, its paper and the routing of the next task.
 */
@Component
class ProjectLookup {

  private final ProjectRepository projects;
  private final TransactionMemo<Project> found = new TransactionMemo<>();

  ProjectLookup(ProjectRepository projects) {
    this.projects = projects;
  }

  Optional<Project> byNumber(String number) {
    return found.get(number, () -> projects.findByNumber(number), ProjectLookup::keys);
  }

  Optional<Project> byId(Long id) {
    return found.get(id, () -> projects.findWithHierarchyById(id), ProjectLookup::keys);
  }

  private static List<Object> keys(Project project) {
    return List.of(project.getId(), project.getNumber());
  }
}
