package kz.jobalyq.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * The bytes of a file kept in the database. A plain byte array (PostgreSQL {@code bytea}, H2 {@code BINARY
 * VARYING}), not {@code @Lob}: on PostgreSQL a LOB becomes a large object that outlives its row.
 */
@Entity
@Table(name = "archive_content")
public class ArchiveContent implements Persistable<Long> {

  @Id
  @Column(name = "document_id")
  private Long documentId;

  @Column(nullable = false)
  private byte[] content;

  /** The id is the document's, so Spring Data cannot tell a new row by its id; without this it would merge. */
  @Transient
  private boolean fresh = true;

  protected ArchiveContent() {
  }

  ArchiveContent(Long documentId, byte[] content) {
    this.documentId = documentId;
    this.content = content;
  }

  @Override
  public Long getId() {
    return documentId;
  }

  @Override
  public boolean isNew() {
    return fresh;
  }

  @PostLoad
  @PostPersist
  void stored() {
    fresh = false;
  }

  byte[] getContent() {
    return content;
  }
}
