package kz.jobalyq.archive;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code jobalyq.archive.*}: where files are kept and how large they may be. The servlet's multipart limits
 * ({@code spring.servlet.multipart.max-file-size}, {@code max-request-size}) apply first: raise them too when
 * raising {@code max-file-size}.
 */
@ConfigurationProperties("jobalyq.archive")
public class ArchiveProperties {

  /** {@code database} (default) or {@code directory}. */
  private ContentStorage storage = ContentStorage.DATABASE;

  /** The folder for {@code directory} storage; must be on one file system (uploads are moved in atomically). */
  private Path directory;

  private DataSize maxFileSize = DataSize.ofMegabytes(20);

  public ContentStorage getStorage() {
    return storage;
  }

  public void setStorage(ContentStorage storage) {
    this.storage = storage;
  }

  public Path getDirectory() {
    return directory;
  }

  public void setDirectory(Path directory) {
    this.directory = directory;
  }

  public DataSize getMaxFileSize() {
    return maxFileSize;
  }

  public void setMaxFileSize(DataSize maxFileSize) {
    this.maxFileSize = maxFileSize;
  }
}
