package kz.jobalyq.archive;

import static kz.jobalyq.archive.ArchiveEntries.blankToNull;
import static kz.jobalyq.archive.ArchiveEntries.cleanFileName;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kz.jobalyq.archive.ArchiveEntries.Checked;
import kz.jobalyq.archive.ArchiveEntries.Sender;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.system.web.NotFoundException;
import kz.jobalyq.system.web.PayloadTooLargeException;
import kz.jobalyq.system.web.UnsupportedMediaTypeException;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The project archive: files and references, each linked to its project and, when known, to its record and
 * process. A file is received into a temporary file first (size limit, SHA-256, type check by content), and
 * only then stored: an upload that fails leaves neither a row nor a file behind.
 *
 * <p>Error messages name the field or the file and are in Kazakh and Russian ("kk / ru"): the archive page
 * shows them to the user as they are.
 */
@Service
public class ArchiveService {

  private final ArchiveDocumentRepository documents;
  private final ArchiveContentRepository contents;
  private final OrganisationService organisation;
  private final ArchiveEntries entries;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ContentStorage storage;
  /** Present in directory mode, and in database mode when configured so that files kept there stay readable. */
  private final ArchiveDirectory directory;
  /** Present in S3 mode, and in the other modes when configured so that objects kept there stay readable. */
  private final ArchiveObjectStore objectStore;
  private final long maxFileSize;

  public ArchiveService(ArchiveDocumentRepository documents, ArchiveContentRepository contents,
      OrganisationService organisation, ArchiveEntries entries, PlatformTransactionManager transactionManager,
      Clock clock, ArchiveProperties properties) {
    this.documents = documents;
    this.contents = contents;
    this.organisation = organisation;
    this.entries = entries;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.storage = properties.getStorage();
    // An empty JOBALYQ_ARCHIVE_DIRECTORY binds to the empty path, i.e. the working directory: treat it as unset.
    Path configured = properties.getDirectory() == null || properties.getDirectory().toString().isBlank()
        ? null : properties.getDirectory();
    if (storage == ContentStorage.DIRECTORY && configured == null) {
      throw new IllegalStateException("jobalyq.archive.storage=directory needs jobalyq.archive.directory");
    }
    this.directory = configured == null ? null : new ArchiveDirectory(configured);
    this.objectStore = storage == ContentStorage.S3 || properties.getS3().getEndpoint() != null
        && !properties.getS3().getEndpoint().isBlank() ? new ArchiveObjectStore(properties.getS3(), clock) : null;
    this.maxFileSize = properties.getMaxFileSize().toBytes();
  }

  public long maxFileSize() {
    return maxFileSize;
  }

  /**
   * Receives a file and stores it with its metadata. 400 for bad metadata or an empty file, 413 when larger
   * than {@code jobalyq.archive.max-file-size}, 415 when its name or its content is not an accepted type.
   */
  public ArchiveDocument storeFile(ArchiveEntry entry, String fileName, InputStream content, String uploadedBy) {
    return storeFile(entry, fileName, name -> receive(name, content), uploadedBy, Sender.PERSON);
  }

  /**
   * Files a PDF the platform rendered itself (a change sheet, a decision sheet): the checks of record, type and
   * size of an upload, but not the content sniffing, which is there to refuse a disguised file a person sends —
   * it cost a paper more than its database rows, and Tika's first start inside someone's request. The bytes must
   * still begin as a PDF does. A process instance the entry names is the record's own, from the platform's tables,
   * and is not looked up again.
   */
  public ArchiveDocument storeRenderedPdf(ArchiveEntry entry, String fileName, byte[] pdf, String filedBy) {
    if (!FileType.byFileName(cleanFileName(fileName)).equals(Optional.of(FileType.PDF)) || !startsAsPdf(pdf)) {
      throw new IllegalStateException("A rendered paper must be a PDF named .pdf: " + fileName);
    }
    return storeFile(entry, fileName, name -> receive(name, pdf), filedBy, Sender.PLATFORM);
  }

  private static boolean startsAsPdf(byte[] content) {
    byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  /** Checks the metadata, receives the content under the cleaned name, sniffs a person's file, and stores it. */
  private ArchiveDocument storeFile(ArchiveEntry entry, String fileName, Function<String, Received> receiver,
      String uploadedBy, Sender sender) {
    Checked target = entries.check(entry, uploadedBy, sender);
    DocumentType type = target.entry().type();
    if (type.referenceOnly()) {
      throw new IllegalArgumentException("type: " + type.kazakhName()
          + " архивке сілтеме ретінде тіркеледі, файл жүктелмейді / " + type.russianName()
          + " регистрируется в архиве ссылкой, файл не загружается");
    }
    String name = cleanFileName(fileName);
    FileType claimed = FileType.byFileName(name).orElseThrow(() -> new UnsupportedMediaTypeException(
        "«" + name + "»: бұл файл түрі қабылданбайды, рұқсат етілгені: " + FileType.acceptedExtensions()
            + " / этот тип файла не принимается, допустимы: " + FileType.acceptedExtensions()));
    Received received = receiver.apply(name);
    try {
      if (sender == Sender.PERSON) {
        MediaType detected = FileTypeDetector.detect(received.file());
        if (!FileTypeDetector.isOfType(detected, claimed)) {
          throw new UnsupportedMediaTypeException("«" + name + "»: файлдың мазмұны " + claimed.label()
              + " емес / содержимое файла не " + claimed.label() + ": " + FileTypeDetector.describe(detected));
        }
      }
      StoredFile file = new StoredFile(name, claimed, received.size(), received.sha256());
      String title = target.entry().title() != null ? target.entry().title() : name;
      return transaction.execute(status -> store(target, title, file, received, target.uploadedBy()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(received.file());
    }
  }

  /** Registers a document kept elsewhere: a link, or where it lies in a paper or video archive (§9.4). */
  public ArchiveDocument storeReference(ArchiveEntry entry, String reference, String uploadedBy) {
    Checked target = entries.check(entry, uploadedBy, Sender.PERSON);
    String where = ArchiveEntries.reference(reference);
    String title = target.entry().title() != null ? target.entry().title() : target.entry().type().kazakhName();
    return transaction.execute(status -> documents.save(ArchiveDocument.reference(target.entry(), title, where,
        target.uploadedBy(), clock.instant())));
  }

  /** The project's documents, newest first; only those of one record when a record number is given. */
  public List<ArchiveDocument> documentsOf(String projectNumber, String recordNumber) {
    ProjectSummary project = organisation.requireProject(blankToNull(projectNumber) == null ? "" : projectNumber);
    String record = ArchiveEntries.recordNumber(recordNumber);
    return record == null
        ? documents.findByProjectNumberOrderByUploadedAtDescIdDesc(project.number())
        : documents.findByProjectNumberAndRecordNumberOrderByUploadedAtDescIdDesc(project.number(), record);
  }

  public ArchiveDocument require(Long id) {
    return documents.findById(id).orElseThrow(() -> new NotFoundException(
        "Архивте №" + id + " құжат жоқ / В архиве нет документа №" + id));
  }

  /**
   * A file's bytes, checked against the SHA-256 recorded when it was archived: a file changed or damaged in its
   * storage is an {@link ArchiveIntegrityException} naming the document, never bytes handed out silently.
   */
  public InputStream open(ArchiveDocument document) {
    if (document.getKind() != DocumentKind.FILE) {
      throw new NotFoundException("№" + document.getId() + " құжат — сілтеме, файлы жоқ / документ №"
          + document.getId() + " — ссылка, файла нет: " + document.getReference());
    }
    byte[] bytes;
    try (InputStream stored = stored(document)) {
      bytes = stored.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("archive file of document " + document.getId() + " cannot be read", e);
    }
    String actual = HexFormat.of().formatHex(sha256().digest(bytes));
    if (document.getSha256() != null && !document.getSha256().equalsIgnoreCase(actual)) {
      throw new ArchiveIntegrityException("№" + document.getId() + " құжаттың файлы бүлінген, бақылау сомасы сәйкес"
          + " келмейді / файл документа №" + document.getId() + " повреждён, контрольная сумма не совпадает"
          + " (SHA-256 " + document.getSha256() + " ≠ " + actual + ")");
    }
    return new ByteArrayInputStream(bytes);
  }

  private InputStream stored(ArchiveDocument document) {
    return switch (document.getStorage()) {
      case DATABASE -> new ByteArrayInputStream(contents.findById(document.getId())
          .orElseThrow(() -> new IllegalStateException("archive content of document " + document.getId()
              + " is missing"))
          .getContent());
      case DIRECTORY -> {
        if (directory == null) {
          throw new IllegalStateException("document " + document.getId()
              + " is kept in the archive directory, but jobalyq.archive.directory is not set");
        }
        yield directory.open(document.getStorageKey());
      }
      case S3 -> {
        if (objectStore == null) {
          throw new IllegalStateException("document " + document.getId()
              + " is kept in the object store, but jobalyq.archive.s3.endpoint is not set");
        }
        yield objectStore.open(document.getStorageKey());
      }
    };
  }

  private ArchiveDocument store(Checked target, String title, StoredFile file, Received received,
      String uploadedBy) {
    if (storage == ContentStorage.DATABASE) {
      ArchiveDocument document = documents.save(ArchiveDocument.file(target.entry(), title, file,
          ContentStorage.DATABASE, null, uploadedBy, clock.instant()));
      contents.save(new ArchiveContent(document.getId(), received.content()));
      return document;
    }
    if (storage == ContentStorage.S3) {
      String key = ArchiveObjectStore.keyFor(target.entry().projectNumber(), file.type());
      // Registered before the upload: whatever fails from here on, the rollback removes the object again.
      afterRollback(() -> objectStore.delete(key));
      objectStore.put(received.file(), key, file.size(), file.sha256(), file.type().contentType());
      return documents.save(ArchiveDocument.file(target.entry(), title, file, ContentStorage.S3, key, uploadedBy,
          clock.instant()));
    }
    String key = ArchiveDirectory.keyFor(target.entry().projectNumber(), file.type());
    // Registered before the move: whatever fails from here on, the rollback takes the file away again.
    afterRollback(() -> directory.delete(key));
    try {
      directory.place(received.file(), key);
    } catch (IOException e) {
      throw new UncheckedIOException("the upload cannot be moved into the archive directory", e);
    }
    return documents.save(ArchiveDocument.file(target.entry(), title, file, ContentStorage.DIRECTORY, key,
        uploadedBy, clock.instant()));
  }

  private static void afterRollback(Runnable undo) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        if (status == STATUS_ROLLED_BACK) {
          undo.run();
        }
      }
    });
  }

  /** Received content: in a file, or (a paper the platform rendered, kept in the database) in memory. */
  private record Received(Path file, byte[] bytes, long size, String sha256) {

    byte[] content() {
      return bytes != null ? bytes : readAll(file);
    }
  }

  /**
   * A paper the platform rendered: kept in the database, it goes there from memory, with no temporary file written
   * and read back; the other stores take a file, as for an upload.
   */
  private Received receive(String name, byte[] content) {
    if (storage != ContentStorage.DATABASE) {
      return receive(name, new ByteArrayInputStream(content));
    }
    if (content.length > maxFileSize) {
      throw tooLarge(name);
    }
    return new Received(null, content, content.length, HexFormat.of().formatHex(sha256().digest(content)));
  }

  /** Copies the upload into a temporary file, hashing it and refusing it as soon as it passes the limit. */
  private Received receive(String name, InputStream content) {
    if (content == null) {
      throw new IllegalArgumentException("file: файл таңдалмаған / файл не выбран");
    }
    Path temp = null;
    try (InputStream in = content) {
      temp = storage == ContentStorage.DIRECTORY ? directory.newIncomingFile()
          : Files.createTempFile("jobalyq-archive-", ".part");
      MessageDigest digest = sha256();
      long size = 0;
      try (OutputStream out = Files.newOutputStream(temp)) {
        byte[] buffer = new byte[64 * 1024];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          size += read;
          if (size > maxFileSize) {
            throw tooLarge(name);
          }
          digest.update(buffer, 0, read);
          out.write(buffer, 0, read);
        }
      }
      if (size == 0) {
        throw new IllegalArgumentException("file: «" + name + "» бос файл / пустой файл");
      }
      return new Received(temp, null, size, HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException("the upload of " + name + " cannot be received", e);
    } catch (RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  private PayloadTooLargeException tooLarge(String name) {
    String limit = megabytes(maxFileSize);
    return new PayloadTooLargeException("«" + name + "»: файл тым үлкен, ең көбі " + limit
        + " / файл слишком большой, не более " + limit, maxFileSize);
  }

  private static String megabytes(long bytes) {
    long megabyte = 1024 * 1024;
    if (bytes % megabyte == 0) {
      return bytes / megabyte + " МБ";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + " КБ" : bytes + " байт";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @jakarta.annotation.PreDestroy
  void closeObjectStore() {
    if (objectStore != null) {
      objectStore.close();
    }
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A temporary file only; the next restart's temp cleaning or an operator removes it.
      }
    }
  }
}
