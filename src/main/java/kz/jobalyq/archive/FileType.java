package kz.jobalyq.archive;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types the archive accepts. A file is accepted only when its extension names one of them AND its
 * content is of that type ({@link FileTypeDetector}, Apache Tika): a program renamed {@code .pdf} is refused.
 */
public enum FileType {
  PDF("PDF", "application/pdf", "pdf"),
  DOCX("Word (DOCX)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("Excel (XLSX)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PPTX("PowerPoint (PPTX)", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
  DOC("Word 97–2003 (DOC)", "application/msword", "doc"),
  XLS("Excel 97–2003 (XLS)", "application/vnd.ms-excel", "xls"),
  ODT("OpenDocument Text (ODT)", "application/vnd.oasis.opendocument.text", "odt"),
  ODS("OpenDocument Spreadsheet (ODS)", "application/vnd.oasis.opendocument.spreadsheet", "ods"),
  PNG("PNG", "image/png", "png"),
  JPEG("JPEG", "image/jpeg", "jpg", "jpeg"),
  TXT("text", "text/plain", "txt"),
  CSV("CSV", "text/csv", "csv");

  private final String label;
  private final String contentType;
  private final List<String> extensions;

  FileType(String label, String contentType, String... extensions) {
    this.label = label;
    this.contentType = contentType;
    this.extensions = List.of(extensions);
  }

  public String label() {
    return label;
  }

  public String contentType() {
    return contentType;
  }

  public List<String> extensions() {
    return extensions;
  }

  /**
   * The types Tika may find in such a file: its own, and for the old binary Office formats any OLE document
   * (Tika names Word and Excel only when it recognises their streams); CSV is plain text to content detection.
   */
  public List<String> detectedAs() {
    return switch (this) {
      case DOC, XLS -> List.of(contentType, "application/x-tika-msoffice");
      case TXT, CSV -> List.of("text/plain");
      default -> List.of(contentType);
    };
  }

  /** The type a file name's extension claims, if the archive accepts it. */
  public static Optional<FileType> byFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0 || dot == fileName.length() - 1) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
  }

  /** "pdf, docx, …" for error messages. */
  public static String acceptedExtensions() {
    return String.join(", ", Arrays.stream(values()).flatMap(type -> type.extensions.stream()).toList());
  }
}
