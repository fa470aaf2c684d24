package kz.jobalyq.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document of the project archive: its metadata only. A file's bytes are in {@link ArchiveContent} or in
 * the archive directory ({@link #getStorage()}), so lists of documents never load them.
 */
@Entity
@Table(name = "archive_document")
public class ArchiveDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_number", nullable = false, length = 30)
  private String projectNumber;

  /** The record the document belongs to, e.g. {@code CR-PRJ-2026-0007-3}, {@code CALL-2026-0002}. */
  @Column(name = "record_number", length = 60)
  private String recordNumber;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false, length = 30)
  private DocumentType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DocumentKind kind;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(length = 4000)
  private String description;

  @Column(name = "original_file_name", length = 255)
  private String originalFileName;

  @Column(name = "content_type", length = 100)
  private String contentType;

  @Column(name = "size_bytes")
  private Long size;

  @Column(name = "sha256", length = 64)
  private String sha256;

  /** For a reference: the link or the place in an archive where the document is kept. */
  @Column(length = 1000)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private ContentStorage storage;

  /** For a file kept in the directory: its path under the archive directory. */
  @Column(name = "storage_key", length = 300)
  private String storageKey;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected ArchiveDocument() {
  }

  private ArchiveDocument(ArchiveEntry entry, DocumentKind kind, String title, String uploadedBy,
      Instant uploadedAt) {
    this.projectNumber = entry.projectNumber();
    this.recordNumber = entry.recordNumber();
    this.processInstanceId = entry.processInstanceId();
    this.type = entry.type();
    this.kind = kind;
    this.title = title;
    this.description = entry.description();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  static ArchiveDocument file(ArchiveEntry entry, String title, StoredFile file, ContentStorage storage,
      String storageKey, String uploadedBy, Instant uploadedAt) {
    ArchiveDocument document = new ArchiveDocument(entry, DocumentKind.FILE, title, uploadedBy, uploadedAt);
    document.originalFileName = file.originalFileName();
    document.contentType = file.type().contentType();
    document.size = file.size();
    document.sha256 = file.sha256();
    document.storage = storage;
    document.storageKey = storageKey;
    return document;
  }

  static ArchiveDocument reference(ArchiveEntry entry, String title, String reference, String uploadedBy,
      Instant uploadedAt) {
    ArchiveDocument document = new ArchiveDocument(entry, DocumentKind.REFERENCE, title, uploadedBy, uploadedAt);
    document.reference = reference;
    return document;
  }

  public Long getId() {
    return id;
  }

  public String getProjectNumber() {
    return projectNumber;
  }

  public String getRecordNumber() {
    return recordNumber;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public DocumentType getType() {
    return type;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public String getOriginalFileName() {
    return originalFileName;
  }

  public String getContentType() {
    return contentType;
  }

  public Long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public String getReference() {
    return reference;
  }

  public ContentStorage getStorage() {
    return storage;
  }

  public String getStorageKey() {
    return storageKey;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
