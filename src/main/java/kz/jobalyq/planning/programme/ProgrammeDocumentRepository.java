package kz.jobalyq.planning.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeDocumentRepository extends JpaRepository<ProgrammeDocument, Long> {

  List<ProgrammeDocument> findByProgrammeIdOrderByIdAsc(Long programmeId);

  List<ProgrammeDocument> findByProgrammeIdAndStepOrderByIdDesc(Long programmeId, ProgrammeStep step);
}
