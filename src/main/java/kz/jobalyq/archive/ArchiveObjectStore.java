package kz.jobalyq.archive;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files of the archive kept as objects in an S3-compatible store: key {@code <project number>/<uuid>.<ext>}, the
 * SHA-256 sent with the upload (the store refuses bytes that do not match it, and an object-locked bucket needs
 * it) and kept as the object's metadata; locked for {@code retention} when that is set.
 */
final class ArchiveObjectStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ArchiveObjectStore.class);

  private final S3Client client;
  private final ArchiveProperties.S3 settings;
  private final Clock clock;

  ArchiveObjectStore(ArchiveProperties.S3 settings, Clock clock) {
    if (settings.getEndpoint() == null || settings.getBucket() == null || settings.getAccessKey() == null
        || settings.getSecretKey() == null) {
      throw new IllegalStateException("jobalyq.archive.storage=s3 needs jobalyq.archive.s3.endpoint, bucket,"
          + " access-key and secret-key (JOBALYQ_ARCHIVE_S3_ENDPOINT, …)");
    }
    this.settings = settings;
    this.clock = clock;
    this.client = S3Client.builder()
        .endpointOverride(URI.create(settings.getEndpoint()))
        .region(Region.of(settings.getRegion()))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(settings.getAccessKey(), settings.getSecretKey())))
        .forcePathStyle(settings.isPathStyle())
        // Checksums only where the operation needs them: S3-compatible stores differ in the rest.
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .httpClient(UrlConnectionHttpClient.builder().build())
        .build();
  }

  static String keyFor(String projectNumber, FileType type) {
    return projectNumber + "/" + UUID.randomUUID() + "." + type.extensions().get(0);
  }

  void put(Path file, String key, long size, String sha256Hex, String contentType) {
    PutObjectRequest.Builder request = PutObjectRequest.builder()
        .bucket(settings.getBucket()).key(key).contentLength(size).contentType(contentType)
        .checksumAlgorithm(ChecksumAlgorithm.SHA256)
        .checksumSHA256(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex)))
        .metadata(Map.of("sha256", sha256Hex));
    PutObjectResponse stored = client.putObject(request.build(), RequestBody.fromFile(file));
    if (settings.getRetention() != null) {
      // A call of its own rather than headers of the upload: every S3-compatible store understands it.
      ObjectLockRetention retention = ObjectLockRetention.builder()
          .mode(ObjectLockRetentionMode.fromValue(settings.getRetentionMode()))
          .retainUntilDate(clock.instant().plus(settings.getRetention())).build();
      client.putObjectRetention(lock -> lock.bucket(settings.getBucket()).key(key).versionId(stored.versionId())
          .retention(retention));
    }
  }

  InputStream open(String key) {
    try {
      return client.getObject(builder -> builder.bucket(settings.getBucket()).key(key));
    } catch (S3Exception e) {
      throw new IllegalStateException("archive object " + key + " cannot be read from bucket "
          + settings.getBucket() + ": " + e.getMessage(), e);
    }
  }

  /** Removes the object of an upload whose database transaction rolled back (a locked store keeps a version). */
  void delete(String key) {
    try {
      client.deleteObject(builder -> builder.bucket(settings.getBucket()).key(key));
    } catch (RuntimeException e) {
      LOG.warn("Archive object {} of a rolled-back upload could not be deleted", key, e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
