package kz.jobalyq.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationLogRepository extends JpaRepository<NotificationLogEntry, Long> {

  boolean existsByTaskIdAndKind(String taskId, MailKind kind);

  List<NotificationLogEntry> findByTaskIdIn(Collection<String> taskIds);

  List<NotificationLogEntry> findByTaskIdOrderById(String taskId);
}
