package kz.jobalyq.archive;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveContentRepository extends JpaRepository<ArchiveContent, Long> {
}
