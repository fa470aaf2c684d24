package kz.jobalyq.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.web.PayloadTooLargeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * Database storage, the default: a paper the platform rendered goes into the database from memory, with the same
 * checks as an upload (type, size) and its SHA-256 recorded, so it reads back as filed.
 */
@IntegrationTest
class ArchiveDatabaseStorageTest {

  @Autowired
  private ArchiveService archive;
  @Autowired
  private ArchiveDocumentRepository documents;
  @Autowired
  private ArchiveContentRepository contents;
  @Autowired
  private ApplicationContext context;
  @Autowired
  private TestProjects projects;

  private ProjectSummary project;

  @BeforeEach
  void project() {
    project = projects.ordinary();
  }

  @Test
  void aRenderedPaperIsKeptInTheDatabaseWithItsHashAndReadsBackAsFiled() throws Exception {
    byte[] sheet = ArchiveFiles.pdf("Өзгерту парағы");

    ArchiveDocument stored = archive.storeRenderedPdf(entry(DocumentType.CHANGE_SHEET), "CR-1-change-sheet.pdf",
        sheet, "platform");

    assertThat(stored.getStorage()).isEqualTo(ContentStorage.DATABASE);
    assertThat(stored.getSha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sheet)));
    assertThat(contents.findById(stored.getId()).orElseThrow().getContent()).isEqualTo(sheet);
    try (InputStream read = archive.open(documents.findById(stored.getId()).orElseThrow())) {
      assertThat(read.readAllBytes()).isEqualTo(sheet);
    }
  }

  @Test
  void aRenderedPaperIsRefusedAsAnUploadIsForAReferenceOnlyTypeOrOverTheLimit() throws IOException {
    byte[] sheet = ArchiveFiles.pdf("Сұхбат");

    assertThatThrownBy(() -> archive.storeRenderedPdf(entry(DocumentType.INTERVIEW_RECORDING), "interview.pdf",
        sheet, "platform")).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("type: ");
    ArchiveProperties small = new ArchiveProperties();
    small.setMaxFileSize(DataSize.ofBytes(sheet.length - 1));
    ArchiveService smallArchive = TestArchives.with(context, small);
    assertThatThrownBy(() -> smallArchive.storeRenderedPdf(entry(DocumentType.CHANGE_SHEET), "sheet.pdf", sheet,
        "platform")).isInstanceOf(PayloadTooLargeException.class);

    assertThat(documents.findByProjectNumberOrderByUploadedAtDescIdDesc(project.number())).isEmpty();
  }

  private ArchiveEntry entry(DocumentType type) {
    return new ArchiveEntry(project.number(), null, null, type, null, null);
  }
}
