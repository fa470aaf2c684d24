package kz.jobalyq.archive;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveDocumentRepository extends JpaRepository<ArchiveDocument, Long> {

  List<ArchiveDocument> findByProjectNumberOrderByUploadedAtDescIdDesc(String projectNumber);

  List<ArchiveDocument> findByProjectNumberAndRecordNumberOrderByUploadedAtDescIdDesc(String projectNumber,
      String recordNumber);
}
