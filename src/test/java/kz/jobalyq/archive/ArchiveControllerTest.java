package kz.jobalyq.archive;

import static kz.jobalyq.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.support.TestChangeRequests;
import kz.jobalyq.support.TestProjects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

/** The archive over HTTP as the archive page uses it: upload, list, download, references, and refusals. */
@IntegrationTest
class ArchiveControllerTest {

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private TestProjects projects;
  @Autowired
  private TestChangeRequests changeRequests;
  @Autowired
  private RuntimeService runtimeService;

  @Test
  void anUploadedCharterIsListedAndDownloadedAsUploaded() throws Exception {
    ProjectSummary project = projects.ordinary();
    byte[] content = ArchiveFiles.pdf("Жоба жарғысы");
    String fileName = "Жоба жарғысы «Е-өтініш» v2.pdf";

    ResponseEntity<JsonNode> uploaded = upload("lead", fileName, content,
        Map.of("projectNumber", project.number(), "type", "CHARTER", "description", "Қол қойылған нұсқа"));

    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode document = uploaded.getBody();
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    assertThat(document.path("projectNumber").asText()).isEqualTo(project.number());
    assertThat(document.path("type").asText()).isEqualTo("CHARTER");
    assertThat(document.path("typeName").asText()).isEqualTo("Жоба жарғысы");
    assertThat(document.path("kind").asText()).isEqualTo("FILE");
    assertThat(document.path("originalFileName").asText()).isEqualTo(fileName);
    assertThat(document.path("title").asText()).isEqualTo(fileName);
    assertThat(document.path("description").asText()).isEqualTo("Қол қойылған нұсқа");
    assertThat(document.path("contentType").asText()).isEqualTo("application/pdf");
    assertThat(document.path("size").asLong()).isEqualTo(content.length);
    assertThat(document.path("sha256").asText()).isEqualTo(sha256);
    assertThat(document.path("uploadedBy").asText()).isEqualTo("lead");
    assertThat(document.path("uploadedAt").asText()).isNotBlank();
    String id = document.path("id").asText();
    assertThat(uploaded.getHeaders().getLocation()).hasToString("/api/archive/documents/" + id);

    JsonNode list = rest.withBasicAuth("pghead", "demo")
        .getForEntity("/api/archive/documents?project=" + project.number(), JsonNode.class).getBody();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("id").asText()).isEqualTo(id);
    assertThat(list.get(0).path("downloadUrl").asText()).isEqualTo("/api/archive/documents/" + id + "/content");

    ResponseEntity<byte[]> download = rest.withBasicAuth("pghead", "demo")
        .getForEntity(list.get(0).path("downloadUrl").asText(), byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(content);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(download.getHeaders().getETag()).isEqualTo("\"" + sha256 + "\"");
    ContentDisposition disposition = download.getHeaders().getContentDisposition();
    assertThat(disposition.isAttachment()).isTrue();
    assertThat(disposition.getFilename()).isEqualTo(fileName);
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''");

    JsonNode one = rest.withBasicAuth("pghead", "demo")
        .getForEntity("/api/archive/documents/" + id, JsonNode.class).getBody();
    assertThat(one.path("sha256").asText()).isEqualTo(sha256);
  }

  @Test
  void aChangeSheetIsLinkedToItsChangeRequestAndItsProcess() {
    ProcessInstance filed = changeRequests.file();
    String projectNumber = (String) runtimeService.getVariable(filed.getId(), "projectNumber");
    String requestNumber = runtimeService.createProcessInstanceQuery().processInstanceId(filed.getId())
        .singleResult().getBusinessKey();

    JsonNode document = upload("team", "Өзгерту парағы.docx", ArchiveFiles.docx(),
        Map.of("projectNumber", projectNumber, "recordNumber", requestNumber.toLowerCase(), "type", "CHANGE_SHEET"))
        .getBody();

    assertThat(document.path("recordNumber").asText()).isEqualTo(requestNumber);
    assertThat(document.path("processInstanceId").asText()).isEqualTo(filed.getId());
    assertThat(document.path("contentType").asText()).startsWith("application/vnd.openxmlformats");
    JsonNode ofRecord = rest.withBasicAuth("team", "demo").getForEntity(
        "/api/archive/documents?project=" + projectNumber + "&record=" + requestNumber, JsonNode.class).getBody();
    assertThat(ofRecord).extracting(d -> d.path("id").asLong()).containsExactly(document.path("id").asLong());
    JsonNode ofOtherRecord = rest.withBasicAuth("team", "demo").getForEntity(
        "/api/archive/documents?project=" + projectNumber + "&record=CR-XXX-1", JsonNode.class).getBody();
    assertThat(ofOtherRecord).isEmpty();
  }

  @Test
  void anInterviewRecordingIsRegisteredAsAReference() {
    ProjectSummary project = projects.ordinary();

    ResponseEntity<JsonNode> created = rest.withBasicAuth("bdlead", "demo").postForEntity("/api/archive/references",
        json("""
            {"projectNumber": "%s", "recordNumber": "CALL-2026-0001", "type": "INTERVIEW_RECORDING",
             "reference": "https://video.gov.kz/records/4711", "description": "Бейнеконференция, 2 сағат"}
            """.formatted(project.number())), JsonNode.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode reference = created.getBody();
    assertThat(reference.path("kind").asText()).isEqualTo("REFERENCE");
    assertThat(reference.path("reference").asText()).isEqualTo("https://video.gov.kz/records/4711");
    assertThat(reference.path("title").asText()).isEqualTo(DocumentType.INTERVIEW_RECORDING.kazakhName());
    assertThat(reference.path("downloadUrl").isNull()).isTrue();
    assertThat(reference.path("uploadedBy").asText()).isEqualTo("bdlead");
    ResponseEntity<JsonNode> download = rest.withBasicAuth("bdlead", "demo")
        .getForEntity("/api/archive/documents/" + reference.path("id").asText() + "/content", JsonNode.class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(download.getBody().path("detail").asText()).contains("https://video.gov.kz/records/4711");

    // A recording is a reference, never an upload (§9.4); and a link is only http(s).
    assertThat(upload("bdlead", "жазба.pdf", ArchiveFiles.pdf("x"),
        Map.of("projectNumber", project.number(), "type", "INTERVIEW_RECORDING")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<JsonNode> script = rest.withBasicAuth("bdlead", "demo").postForEntity("/api/archive/references",
        json("""
            {"projectNumber": "%s", "type": "OTHER", "reference": "javascript:alert(1)"}
            """.formatted(project.number())), JsonNode.class);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(script.getBody().path("detail").asText()).startsWith("reference:");
    assertThat(reference(project, "file:///srv/video/4711.mp4").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // Not a link: where the recording is kept, e.g. a disk of the video archive, is text.
    assertThat(reference(project, "D:\\Бейнежазбалар\\CALL-2026-0001.mp4, 3-диск").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  private ResponseEntity<JsonNode> reference(ProjectSummary project, String reference) {
    return rest.withBasicAuth("bdlead", "demo").postForEntity("/api/archive/references", json("""
        {"projectNumber": "%s", "type": "INTERVIEW_RECORDING", "reference": "%s"}
        """.formatted(project.number(), reference.replace("\\", "\\\\"))), JsonNode.class);
  }

  @Test
  void aProgramRenamedPdfIsRefusedByItsContent() {
    ProjectSummary project = projects.ordinary();

    ResponseEntity<JsonNode> refused = upload("lead", "жарғы.pdf", ArchiveFiles.windowsProgram(),
        Map.of("projectNumber", project.number(), "type", "CHARTER"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(refused.getBody().path("detail").asText()).contains("«жарғы.pdf»", "PDF", "Windows");
    assertThat(listOf(project)).isEmpty();
  }

  @Test
  void otherTypesAndImpostorsAreRefusedWith415NamingTheFile() {
    ProjectSummary project = projects.ordinary();
    Map<String, String> fields = Map.of("projectNumber", project.number(), "type", "OTHER");

    ResponseEntity<JsonNode> program = upload("lead", "setup.exe", ArchiveFiles.windowsProgram(), fields);
    assertThat(program.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(program.getBody().path("detail").asText()).contains("«setup.exe»", "pdf, docx");
    assertThat(upload("lead", "хат.docx", ArchiveFiles.plainZip(), fields).getStatusCode())
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(upload("lead", "кесте.csv", ArchiveFiles.windowsProgram(), fields).getStatusCode())
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(upload("lead", "хаттама", ArchiveFiles.pdf("no extension"), fields).getStatusCode())
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

    assertThat(upload("lead", "хаттама.odt", ArchiveFiles.odt(), fields).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(upload("lead", "кесте.csv", "Нөмір;Атауы\r\n1;Жарғы\r\n".getBytes(StandardCharsets.UTF_8), fields)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(listOf(project)).hasSize(2);
  }

  @Test
  void anEmptyFileIsRefusedWith400() {
    ProjectSummary project = projects.ordinary();

    ResponseEntity<JsonNode> refused = upload("lead", "бос.pdf", new byte[0],
        Map.of("projectNumber", project.number(), "type", "CHARTER"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("detail").asText()).startsWith("file:").contains("«бос.pdf»");
  }

  @Test
  void aFileAboveTheLimitIsRefusedWith413SayingTheLimit() {
    ProjectSummary project = projects.ordinary();
    byte[] content = ArchiveFiles.pdf(" ".repeat(1024 * 1024));

    ResponseEntity<JsonNode> refused = upload("lead", "үлкен.pdf", content,
        Map.of("projectNumber", project.number(), "type", "FINAL_REPORT"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(refused.getBody().path("detail").asText()).contains("«үлкен.pdf»", "1 МБ");
    assertThat(refused.getBody().path("maxBytes").asLong()).isEqualTo(1024 * 1024);
    assertThat(listOf(project)).isEmpty();
  }

  @Test
  void anUnknownProjectOrMissingFieldsAreRefusedNamingTheField() {
    ResponseEntity<JsonNode> unknown = upload("lead", "жарғы.pdf", ArchiveFiles.pdf("x"),
        Map.of("projectNumber", "PRJ-1999-0001", "type", "CHARTER"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().path("detail").asText()).startsWith("projectNumber:").contains("PRJ-1999-0001");

    ProjectSummary project = projects.ordinary();
    ResponseEntity<JsonNode> noType = upload("lead", "жарғы.pdf", ArchiveFiles.pdf("x"),
        Map.of("projectNumber", project.number()));
    assertThat(noType.getBody().path("detail").asText()).startsWith("type:");
    ResponseEntity<JsonNode> badType = upload("lead", "жарғы.pdf", ArchiveFiles.pdf("x"),
        Map.of("projectNumber", project.number(), "type", "PASSPORT"));
    assertThat(badType.getBody().path("detail").asText()).startsWith("type:").contains("CHARTER");
    ResponseEntity<JsonNode> badRecord = upload("lead", "жарғы.pdf", ArchiveFiles.pdf("x"),
        Map.of("projectNumber", project.number(), "type", "CHARTER", "recordNumber", "жарғы 1"));
    assertThat(badRecord.getBody().path("detail").asText()).startsWith("recordNumber:");
    ResponseEntity<JsonNode> badProcess = upload("lead", "жарғы.pdf", ArchiveFiles.pdf("x"),
        Map.of("projectNumber", project.number(), "type", "CHARTER", "processInstanceId", "no-such-instance"));
    assertThat(badProcess.getBody().path("detail").asText()).startsWith("processInstanceId:");
    assertThat(listOf(project)).isEmpty();

    assertThat(rest.withBasicAuth("lead", "demo")
        .getForEntity("/api/archive/documents?project=PRJ-1999-0001", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("lead", "demo")
        .getForEntity("/api/archive/documents/999999999", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void withoutCredentialsTheArchiveAnswers401AndThePageIsServed() {
    ProjectSummary project = projects.ordinary();

    assertThat(rest.getForEntity("/api/archive/documents?project=" + project.number(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> anonymousUpload = rest.postForEntity("/api/archive/documents",
        multipart("жарғы.pdf", ArchiveFiles.pdf("x"), Map.of("projectNumber", project.number(), "type", "CHARTER")),
        String.class);
    assertThat(anonymousUpload.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymousUpload.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(listOf(project)).isEmpty();

    ResponseEntity<String> page = rest.getForEntity("/archive.html", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Жоба архиві", "/api/archive/");
  }

  @Test
  void thePageLearnsTheDocumentTypesAndLimits() {
    JsonNode types = rest.withBasicAuth("lead", "demo").getForEntity("/api/archive/types", JsonNode.class).getBody();

    assertThat(types.path("maxFileSize").asLong()).isEqualTo(1024 * 1024);
    assertThat(types.path("extensions")).extracting(JsonNode::asText).contains("pdf", "docx", "jpg", "csv");
    assertThat(types.path("types")).extracting(t -> t.path("code").asText())
        .containsExactly("CHARTER", "CHANGE_SHEET", "FINAL_REPORT", "MINUTES", "INTERVIEW_RECORDING",
            "INTERVIEW_CONCLUSION", "MANAGEMENT_PLAN", "OTHER");
  }

  private JsonNode listOf(ProjectSummary project) {
    return rest.withBasicAuth("lead", "demo")
        .getForEntity("/api/archive/documents?project=" + project.number(), JsonNode.class).getBody();
  }

  private ResponseEntity<JsonNode> upload(String user, String fileName, byte[] content, Map<String, String> fields) {
    return rest.withBasicAuth(user, "demo")
        .postForEntity("/api/archive/documents", multipart(fileName, content, fields), JsonNode.class);
  }

  private static HttpEntity<MultiValueMap<String, Object>> multipart(String fileName, byte[] content,
      Map<String, String> fields) {
    return ArchiveFiles.multipart(fileName, content, fields);
  }
}
