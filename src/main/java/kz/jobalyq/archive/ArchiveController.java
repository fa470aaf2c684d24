package kz.jobalyq.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.RecordAccess;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The project archive over HTTP, for everyone signed in: Tasklist's forms cannot upload files, so they link to
 * {@code /archive.html}, which uses these endpoints.
 */
@RestController
@RequestMapping("/api/archive")
public class ArchiveController {

  private final ArchiveService archive;
  private final RecordAccess access;
  private final OrganisationService organisation;

  public ArchiveController(ArchiveService archive, RecordAccess access, OrganisationService organisation) {
    this.archive = archive;
    this.access = access;
    this.organisation = organisation;
  }

  /** A project's archive is its people's (and the watchers'): 403 for anyone else. */
  private void mayUse(String projectNumber) {
    if (projectNumber != null && !projectNumber.isBlank() && organisation.findProject(projectNumber).isPresent()) {
      access.requireProjectReader(projectNumber);
    }
  }

  public record TypeView(DocumentType code, String kazakhName, String russianName, boolean referenceOnly) {
  }

  public record LimitsView(long maxFileSize, List<String> extensions, List<TypeView> types) {
  }

  public record DocumentView(Long id, String projectNumber, String recordNumber, String processInstanceId,
      DocumentType type, String typeName, String typeNameRu, DocumentKind kind, String title, String description,
      String originalFileName, String contentType, Long size, String sha256, String reference, String uploadedBy,
      Instant uploadedAt, String downloadUrl) {

    static DocumentView of(ArchiveDocument d) {
      return new DocumentView(d.getId(), d.getProjectNumber(), d.getRecordNumber(), d.getProcessInstanceId(),
          d.getType(), d.getType().kazakhName(), d.getType().russianName(), d.getKind(), d.getTitle(),
          d.getDescription(), d.getOriginalFileName(), d.getContentType(), d.getSize(), d.getSha256(),
          d.getReference(), d.getUploadedBy(), d.getUploadedAt(),
          d.getKind() == DocumentKind.FILE ? "/api/archive/documents/" + d.getId() + "/content" : null);
    }
  }

  public record ReferenceRequest(String projectNumber, String recordNumber, String processInstanceId, String type,
      String reference, String title, String description) {
  }

  /** What the page needs to build its forms: document types and the accepted files. */
  @GetMapping("/types")
  public LimitsView types() {
    return new LimitsView(archive.maxFileSize(),
        Arrays.stream(FileType.values()).flatMap(type -> type.extensions().stream()).toList(),
        Arrays.stream(DocumentType.values())
            .map(type -> new TypeView(type, type.kazakhName(), type.russianName(), type.referenceOnly()))
            .toList());
  }

  @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<DocumentView> upload(@RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String projectNumber, @RequestParam(required = false) String recordNumber,
      @RequestParam(required = false) String processInstanceId, @RequestParam(required = false) String type,
      @RequestParam(required = false) String title, @RequestParam(required = false) String description,
      Principal principal) {
    if (file == null) {
      throw new IllegalArgumentException("file: файл таңдалмаған / файл не выбран");
    }
    mayUse(projectNumber);
    ArchiveEntry entry = new ArchiveEntry(projectNumber, recordNumber, processInstanceId, documentType(type), title,
        description);
    try {
      return created(archive.storeFile(entry, file.getOriginalFilename(), file.getInputStream(),
          principal.getName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PostMapping(path = "/references", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<DocumentView> reference(@RequestBody ReferenceRequest request, Principal principal) {
    mayUse(request.projectNumber());
    ArchiveEntry entry = new ArchiveEntry(request.projectNumber(), request.recordNumber(),
        request.processInstanceId(), documentType(request.type()), request.title(), request.description());
    return created(archive.storeReference(entry, request.reference(), principal.getName()));
  }

  @GetMapping("/documents")
  public List<DocumentView> documents(@RequestParam String project, @RequestParam(required = false) String record) {
    mayUse(project);
    return archive.documentsOf(project, record).stream().map(DocumentView::of).toList();
  }

  @GetMapping("/documents/{id}")
  public DocumentView document(@PathVariable Long id) {
    ArchiveDocument document = archive.require(id);
    mayUse(document.getProjectNumber());
    return DocumentView.of(document);
  }

  /** The file as uploaded, under its original name; the ETag is its SHA-256. */
  @GetMapping("/documents/{id}/content")
  public ResponseEntity<Resource> download(@PathVariable Long id) {
    ArchiveDocument document = archive.require(id);
    mayUse(document.getProjectNumber());
    InputStream content = archive.open(document);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.getContentType()))
        .contentLength(document.getSize())
        .eTag(document.getSha256())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(document.getOriginalFileName(), StandardCharsets.UTF_8).build().toString())
        .body(new InputStreamResource(content));
  }

  /** A damaged file is the platform's fault, said plainly: 500 naming the document, no bytes. */
  @org.springframework.web.bind.annotation.ExceptionHandler(ArchiveIntegrityException.class)
  public ResponseEntity<org.springframework.http.ProblemDetail> corrupted(ArchiveIntegrityException e) {
    org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
        org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
    problem.setTitle("Archive file damaged");
    return ResponseEntity.internalServerError().body(problem);
  }

  private static ResponseEntity<DocumentView> created(ArchiveDocument document) {
    return ResponseEntity.created(URI.create("/api/archive/documents/" + document.getId()))
        .body(DocumentView.of(document));
  }

  private static DocumentType documentType(String code) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("type: құжат түрі міндетті / тип документа обязателен");
    }
    try {
      return DocumentType.valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String known = Arrays.stream(DocumentType.values()).map(Enum::name).collect(Collectors.joining(", "));
      throw new IllegalArgumentException("type: «" + code + "» құжат түрі емес, болуы мүмкін: " + known
          + " / неизвестный тип документа, допустимы: " + known, e);
    }
  }
}
