package kz.jobalyq.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScrumAttendanceRepository extends JpaRepository<ScrumAttendance, Long> {

  List<ScrumAttendance> findByUserIdOrderByMeetingDateDesc(String userId);

  Optional<ScrumAttendance> findByBaseDirectionCodeAndMeetingDateAndUserId(String baseDirectionCode,
      LocalDate meetingDate, String userId);
}
