package kz.jobalyq.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FirstMeetingMinutesRepository extends JpaRepository<FirstMeetingMinutes, Long> {

  List<FirstMeetingMinutes> findByProjectIdOrderByIdAsc(Long projectId);
}
