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

  /** {@code database} (default), {@code directory} or {@code s3}. */
  private ContentStorage storage = ContentStorage.DATABASE;

  /** The folder for {@code directory} storage; must be on one file system (uploads are moved in atomically). */
  private Path directory;

  private DataSize maxFileSize = DataSize.ofMegabytes(20);

  private final S3 s3 = new S3();

  public S3 getS3() {
    return s3;
  }

  /**
   * {@code jobalyq.archive.s3.*}: the S3-compatible store for {@code storage=s3}. {@code retention}, when set,
   * locks each object for that long (mode {@code retention-mode}); otherwise the bucket's default retention
   * (MinIO: {@code mc retention set --default}) applies.
   */
  public static class S3 {
    private String endpoint;
    private String region = "us-east-1";
    private String bucket;
    private String accessKey;
    private String secretKey;
    /** Bucket in the path ({@code http://minio:9000/bucket/key}), as MinIO and most S3-compatible stores want. */
    private boolean pathStyle = true;
    private java.time.Duration retention;
    private String retentionMode = "COMPLIANCE";

    public String getEndpoint() {
      return endpoint;
    }

    public void setEndpoint(String endpoint) {
      this.endpoint = endpoint;
    }

    public String getRegion() {
      return region;
    }

    public void setRegion(String region) {
      this.region = region;
    }

    public String getBucket() {
      return bucket;
    }

    public void setBucket(String bucket) {
      this.bucket = bucket;
    }

    public String getAccessKey() {
      return accessKey;
    }

    public void setAccessKey(String accessKey) {
      this.accessKey = accessKey;
    }

    public String getSecretKey() {
      return secretKey;
    }

    public void setSecretKey(String secretKey) {
      this.secretKey = secretKey;
    }

    public boolean isPathStyle() {
      return pathStyle;
    }

    public void setPathStyle(boolean pathStyle) {
      this.pathStyle = pathStyle;
    }

    public java.time.Duration getRetention() {
      return retention;
    }

    public void setRetention(java.time.Duration retention) {
      this.retention = retention;
    }

    public String getRetentionMode() {
      return retentionMode;
    }

    public void setRetentionMode(String retentionMode) {
      this.retentionMode = retentionMode;
    }
  }

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
