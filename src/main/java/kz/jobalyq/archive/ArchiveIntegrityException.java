package kz.jobalyq.archive;

/** A stored file whose bytes no longer match the SHA-256 recorded when it was archived. */
public class ArchiveIntegrityException extends RuntimeException {

  public ArchiveIntegrityException(String message) {
    super(message);
  }
}
