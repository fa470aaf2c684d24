package kz.jobalyq.escalation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProblemBoardRepository extends JpaRepository<ProblemBoard, Long> {
}
