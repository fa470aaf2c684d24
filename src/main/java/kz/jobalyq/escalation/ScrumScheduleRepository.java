package kz.jobalyq.escalation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScrumScheduleRepository extends JpaRepository<ScrumSchedule, String> {
}
