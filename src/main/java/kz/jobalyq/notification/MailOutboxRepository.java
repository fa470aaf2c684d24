package kz.jobalyq.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailOutboxRepository extends JpaRepository<MailOutboxEntry, Long> {

  Optional<MailOutboxEntry> findByTaskIdAndKind(String taskId, MailKind kind);

  List<MailOutboxEntry> findByTaskIdOrderById(String taskId);

  long countByStatus(MailOutboxEntry.Status status);
}
