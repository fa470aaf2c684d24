package kz.jobalyq.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import kz.jobalyq.archive.ArchiveDocument;
import kz.jobalyq.archive.ArchiveService;
import kz.jobalyq.archive.DocumentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads back a PDF the platform filed in a project's archive, as text, the way a reader would see it. */
public final class ArchivedPdf {

  private ArchivedPdf() {
  }

  /** The text of the newest document of {@code type} filed under the record; fails if there is none. */
  public static String text(ArchiveService archive, String projectNumber, String recordNumber, DocumentType type) {
    ArchiveDocument document = archive.documentsOf(projectNumber, recordNumber).stream()
        .filter(candidate -> candidate.getType() == type).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " of " + recordNumber + " in " + projectNumber
            + "'s archive"));
    try (InputStream content = archive.open(document);
        PDDocument pdf = Loader.loadPDF(content.readAllBytes())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
