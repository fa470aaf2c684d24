package kz.jobalyq.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectProblemRepository extends JpaRepository<ProjectProblem, Long> {

  List<ProjectProblem> findByProjectIdOrderByIdAsc(Long projectId);

  List<ProjectProblem> findByStatusOrderByIdAsc(ProblemStatus status);
}
