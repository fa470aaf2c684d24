package kz.jobalyq.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingAgendaItemRepository extends JpaRepository<MeetingAgendaItem, Long> {

  List<MeetingAgendaItem> findByProblemIdOrderByIdAsc(Long problemId);
}
