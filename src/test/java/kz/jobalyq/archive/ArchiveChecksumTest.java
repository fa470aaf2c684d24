package kz.jobalyq.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.support.TestProjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every download is checked against the SHA-256 recorded at upload: damaged bytes are a clear error. */
@IntegrationTest
class ArchiveChecksumTest {

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private TestProjects projects;
  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void aFileDamagedInItsStorageIsRefusedNamingTheDocumentNotHandedOut() {
    byte[] content = ArchiveFiles.pdf("Қорытынды есеп");
    String id = upload(projects.ordinary().number(), "есеп.pdf", content).getBody().get("id").toString();
    assertThat(rest.withBasicAuth("lead", "demo").getForObject("/api/archive/documents/" + id + "/content",
        byte[].class)).isEqualTo(content);

    byte[] damaged = content.clone();
    damaged[damaged.length - 3] ^= 0x20;
    jdbc.update("UPDATE archive_content SET content = ? WHERE document_id = ?", damaged, Long.valueOf(id));

    ResponseEntity<String> download = rest.withBasicAuth("lead", "demo")
        .getForEntity("/api/archive/documents/" + id + "/content", String.class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(download.getBody()).contains("№" + id, "бүлінген", "повреждён").doesNotContain("Қорытынды есеп");
  }

  @SuppressWarnings("rawtypes")
  private ResponseEntity<Map> upload(String projectNumber, String fileName, byte[] content) {
    ResponseEntity<Map> uploaded = rest.withBasicAuth("lead", "demo").postForEntity("/api/archive/documents",
        ArchiveFiles.multipart(fileName, content, Map.of("projectNumber", projectNumber, "type", "FINAL_REPORT")),
        Map.class);
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return uploaded;
  }
}
