package kz.jobalyq.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.TestProjects;
import kz.jobalyq.system.web.PayloadTooLargeException;
import kz.jobalyq.system.web.UnsupportedMediaTypeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Directory storage ({@code jobalyq.archive.storage=directory}), on a service of its own over a temporary
 * directory: a stored file is where its row says, and an upload that fails leaves neither row nor file.
 */
@IntegrationTest
class ArchiveDirectoryStorageTest {

  @TempDir
  private Path directory;

  @Autowired
  private ArchiveDocumentRepository documents;
  @Autowired
  private ArchiveContentRepository contents;
  @Autowired
  private PlatformTransactionManager transactionManager;
  @Autowired
  private ApplicationContext context;
  @Autowired
  private TestProjects projects;

  private ArchiveService archive;
  private ProjectSummary project;

  @BeforeEach
  void directoryArchive() {
    archive = archiveWithLimit(DataSize.ofMegabytes(20));
    project = projects.ordinary();
  }

  @Test
  void aFileIsMovedIntoTheProjectsFolderAndReadBack() throws IOException {
    byte[] content = ArchiveFiles.pdf("Қорытынды есеп");

    ArchiveDocument stored = archive.storeFile(entry(DocumentType.FINAL_REPORT), "Қорытынды есеп.pdf",
        new ByteArrayInputStream(content), "lead");

    assertThat(stored.getStorage()).isEqualTo(ContentStorage.DIRECTORY);
    assertThat(stored.getStorageKey()).startsWith(project.number() + "/").endsWith(".pdf");
    assertThat(directory.resolve(stored.getStorageKey())).hasBinaryContent(content);
    assertThat(contents.existsById(stored.getId())).isFalse();
    assertThat(filesUnder(directory.resolve(".incoming"))).isEmpty();
    try (InputStream read = archive.open(documents.findById(stored.getId()).orElseThrow())) {
      assertThat(read.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void aPaperThePlatformRenderedIsFiledAsAnUploadIsButOnlyIfItIsAPdf() throws IOException {
    byte[] sheet = ArchiveFiles.pdf("Өзгерту парағы");

    ArchiveDocument stored = archive.storeRenderedPdf(entry(DocumentType.CHANGE_SHEET), "CR-1-change-sheet.pdf",
        sheet, "platform");
    assertThat(stored.getContentType()).isEqualTo("application/pdf");
    try (InputStream read = archive.open(documents.findById(stored.getId()).orElseThrow())) {
      assertThat(read.readAllBytes()).isEqualTo(sheet);
    }

    // Not sniffed, but never anything else than a PDF under a .pdf name.
    assertThatThrownBy(() -> archive.storeRenderedPdf(entry(DocumentType.CHANGE_SHEET), "sheet.pdf",
        "MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "platform"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> archive.storeRenderedPdf(entry(DocumentType.CHANGE_SHEET), "sheet.exe", sheet,
        "platform")).isInstanceOf(IllegalStateException.class);
    assertThat(filesUnder(directory.resolve(".incoming"))).isEmpty();
  }

  @Test
  void whenTheDatabaseRefusesTheRowTheMovedFileIsDeletedAgain() {
    // Longer than the column: the row's INSERT fails after the file has been moved into place.
    String tooLongUserId = "u".repeat(101);

    assertThatThrownBy(() -> archive.storeFile(entry(DocumentType.CHARTER), "жарғы.pdf",
        new ByteArrayInputStream(ArchiveFiles.pdf("x")), tooLongUserId))
        .isInstanceOf(DataAccessException.class);

    assertThat(documents.findByProjectNumberOrderByUploadedAtDescIdDesc(project.number())).isEmpty();
    assertThat(filesUnder(directory)).isEmpty();
  }

  @Test
  void whenTheSurroundingTransactionRollsBackTheFileIsDeletedToo() {
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);

    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      ArchiveDocument stored = archive.storeFile(entry(DocumentType.MINUTES), "хаттама.pdf",
          new ByteArrayInputStream(ArchiveFiles.pdf("x")), "bdhead");
      assertThat(directory.resolve(stored.getStorageKey())).exists();
      throw new IllegalStateException("the commit fails");
    })).hasMessage("the commit fails");

    assertThat(documents.findByProjectNumberOrderByUploadedAtDescIdDesc(project.number())).isEmpty();
    assertThat(filesUnder(directory)).isEmpty();
  }

  @Test
  void refusedUploadsLeaveNothingBehind() {
    ArchiveService small = archiveWithLimit(DataSize.ofKilobytes(1));

    assertThatThrownBy(() -> small.storeFile(entry(DocumentType.OTHER), "үлкен.txt",
        new ByteArrayInputStream("ә".repeat(600).getBytes(java.nio.charset.StandardCharsets.UTF_8)), "lead"))
        .isInstanceOf(PayloadTooLargeException.class)
        .hasMessageContaining("1 КБ");
    assertThatThrownBy(() -> archive.storeFile(entry(DocumentType.OTHER), "жарғы.pdf",
        new ByteArrayInputStream(ArchiveFiles.windowsProgram()), "lead"))
        .isInstanceOf(UnsupportedMediaTypeException.class);
    assertThatThrownBy(() -> archive.storeFile(entry(DocumentType.OTHER), "бос.pdf",
        new ByteArrayInputStream(new byte[0]), "lead"))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(documents.findByProjectNumberOrderByUploadedAtDescIdDesc(project.number())).isEmpty();
    assertThat(filesUnder(directory)).isEmpty();
  }

  @Test
  void theDefaultLimitIsTwentyMegabytes() {
    assertThat(new ArchiveProperties().getMaxFileSize()).isEqualTo(DataSize.ofMegabytes(20));
    assertThat(new ArchiveProperties().getStorage()).isEqualTo(ContentStorage.DATABASE);
  }

  private ArchiveService archiveWithLimit(DataSize limit) {
    ArchiveProperties properties = new ArchiveProperties();
    properties.setStorage(ContentStorage.DIRECTORY);
    properties.setDirectory(directory);
    properties.setMaxFileSize(limit);
    return TestArchives.with(context, properties);
  }

  private ArchiveEntry entry(DocumentType type) {
    return new ArchiveEntry(project.number(), null, null, type, null, null);
  }

  /** Regular files anywhere under the folder (the empty ".incoming" and project folders do not count). */
  private static List<Path> filesUnder(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
