package kz.jobalyq.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

  List<MailMessage> findByOutboxIdOrderById(Long outboxId);

  List<MailMessage> findByOutboxIdAndStatusOrderById(Long outboxId, MailMessage.Status status);

  long countByStatus(MailMessage.Status status);
}
