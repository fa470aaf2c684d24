package kz.jobalyq.project;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectLifecycleRepository extends JpaRepository<ProjectLifecycle, Long> {
}
