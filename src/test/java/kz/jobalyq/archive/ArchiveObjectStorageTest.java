package kz.jobalyq.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import kz.jobalyq.OwnEngine;
import kz.jobalyq.support.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * The archive on S3-compatible object storage (the production option; MinIO in docker-compose), against a real
 * S3 server started by the test: uploads become locked objects with their SHA-256, downloads come back checked,
 * and an object changed in the store is refused.
 */
@OwnEngine
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:jobalyq-s3;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password=",
    "jobalyq.archive.storage=s3",
    "jobalyq.archive.s3.bucket=" + ArchiveObjectStorageTest.BUCKET,
    "jobalyq.archive.s3.access-key=test-access",
    "jobalyq.archive.s3.secret-key=test-secret",
    "jobalyq.archive.s3.retention=P1D"})
@ActiveProfiles({"dev", "test"})
@Import(TestProjects.class)
class ArchiveObjectStorageTest {

  static final String BUCKET = "jobalyq-archive";
  private static final S3MockServer SERVER = S3MockServer.start();
  private static S3Client s3;

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private TestProjects projects;
  @Autowired
  private ArchiveDocumentRepository documents;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    registry.add("jobalyq.archive.s3.endpoint", SERVER::endpoint);
  }

  @BeforeAll
  static void writeOnceBucket() {
    s3 = S3Client.builder().endpointOverride(URI.create(SERVER.endpoint())).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test-access", "test-secret")))
        .forcePathStyle(true).httpClient(UrlConnectionHttpClient.builder().build()).build();
    s3.createBucket(bucket -> bucket.bucket(BUCKET).objectLockEnabledForBucket(true));
  }

  @AfterAll
  static void stopServer() {
    s3.close();
    SERVER.close();
  }

  @Test
  void anUploadIsALockedObjectWithItsChecksumAndComesBackChecked() {
    byte[] content = ArchiveFiles.docx();
    String project = projects.ordinary().number();
    Map<?, ?> uploaded = upload(project, "Өзгерту парағы.docx", content);
    Long id = ((Number) uploaded.get("id")).longValue();
    ArchiveDocument document = documents.findById(id).orElseThrow();
    assertThat(document.getStorage()).isEqualTo(ContentStorage.S3);
    assertThat(document.getStorageKey()).startsWith(project + "/").endsWith(".docx");
    assertThat(document.getContentType()).isEqualTo(FileType.DOCX.contentType());

    HeadObjectResponse stored = s3.headObject(head -> head.bucket(BUCKET).key(document.getStorageKey()));
    assertThat(stored.contentLength()).isEqualTo(content.length);
    assertThat(stored.metadata()).containsEntry("sha256", document.getSha256());
    assertThat(s3.getObjectRetention(retention -> retention.bucket(BUCKET).key(document.getStorageKey()))
        .retention().retainUntilDate()).isAfter(Instant.now().plus(Duration.ofHours(23)));

    assertThat(rest.withBasicAuth("lead", "demo").getForObject("/api/archive/documents/" + id + "/content",
        byte[].class)).isEqualTo(content);

    // Someone with access to the store writes other bytes under the key: the archive notices.
    s3.putObject(put -> put.bucket(BUCKET).key(document.getStorageKey()), RequestBody.fromString("forged"));
    ResponseEntity<String> download = rest.withBasicAuth("lead", "demo")
        .getForEntity("/api/archive/documents/" + id + "/content", String.class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(download.getBody()).contains("№" + id, "повреждён").doesNotContain("forged");
  }

  @Test
  void aProgramRenamedDocxIsRefusedBeforeAnythingReachesTheStore() {
    String project = projects.ordinary().number();
    ResponseEntity<String> refused = rest.withBasicAuth("lead", "demo").postForEntity("/api/archive/documents",
        ArchiveFiles.multipart("хат.docx", ArchiveFiles.windowsProgram(), fields(project)), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(s3.listObjectsV2(list -> list.bucket(BUCKET).prefix(project + "/")).contents()).isEmpty();
  }

  private Map<?, ?> upload(String projectNumber, String fileName, byte[] content) {
    ResponseEntity<Map> uploaded = rest.withBasicAuth("lead", "demo").postForEntity("/api/archive/documents",
        ArchiveFiles.multipart(fileName, content, fields(projectNumber)), Map.class);
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return uploaded.getBody();
  }

  private static Map<String, String> fields(String projectNumber) {
    return Map.of("projectNumber", projectNumber, "type", "CHANGE_SHEET");
  }
}
