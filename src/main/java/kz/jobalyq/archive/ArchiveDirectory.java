package kz.jobalyq.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files of the archive kept in a directory: {@code <directory>/<project number>/<uuid>.<ext>}. An upload is
 * written to {@code <directory>/.incoming/} first and moved into place atomically, so a reader never sees
 * half a file; the service deletes a placed file again when its database transaction rolls back.
 */
final class ArchiveDirectory {

  private static final Logger log = LoggerFactory.getLogger(ArchiveDirectory.class);

  private final Path root;
  private final Path incoming;

  ArchiveDirectory(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.incoming = this.root.resolve(".incoming");
    try {
      Files.createDirectories(incoming);
    } catch (IOException e) {
      throw new UncheckedIOException("jobalyq.archive.directory " + this.root + " cannot be created", e);
    }
    if (!Files.isWritable(this.root) || !Files.isWritable(incoming)) {
      throw new IllegalStateException("jobalyq.archive.directory " + this.root + " is not writable");
    }
  }

  /** A new empty file to receive an upload, on the same file system as its final place. */
  Path newIncomingFile() throws IOException {
    return Files.createTempFile(incoming, "upload-", ".part");
  }

  static String keyFor(String projectNumber, FileType type) {
    return projectNumber + "/" + UUID.randomUUID() + "." + type.extensions().get(0);
  }

  void place(Path incomingFile, String key) throws IOException {
    Path target = resolve(key);
    Files.createDirectories(target.getParent());
    Files.move(incomingFile, target, StandardCopyOption.ATOMIC_MOVE);
  }

  InputStream open(String key) {
    try {
      return Files.newInputStream(resolve(key));
    } catch (NoSuchFileException e) {
      throw new IllegalStateException("archive file " + key + " is missing from " + root, e);
    } catch (IOException e) {
      throw new UncheckedIOException("archive file " + key + " cannot be read", e);
    }
  }

  void delete(String key) {
    try {
      Files.deleteIfExists(resolve(key));
    } catch (IOException e) {
      log.warn("Archive file {} of a rolled-back upload could not be deleted", key, e);
    }
  }

  private Path resolve(String key) {
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root) || path.startsWith(incoming) || path.equals(root)) {
      throw new IllegalArgumentException("not an archive file: " + key);
    }
    return path;
  }
}
