package kz.jobalyq.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import kz.jobalyq.archive.ArchiveDocument;
import kz.jobalyq.archive.ArchiveService;
import kz.jobalyq.archive.DocumentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads back a PDF the platform filed in a project's archive, as text, the way a reader would see it. */
public final class ArchivedPdf {

  private ArchivedPdf() {
  }

  /** The text of the newest document of {@code type} filed under the record; fails if there is none. */
  public static String text(ArchiveService archive, String projectNumber, String recordNumber, DocumentType type) {
    try (PDDocument pdf = load(archive, projectNumber, recordNumber, type)) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the fonts the document's first page is set in (a subset's with its tag: ABCDEF+DejaVuSans). */
  public static List<String> fonts(ArchiveService archive, String projectNumber, String recordNumber,
      DocumentType type) {
    try (PDDocument pdf = load(archive, projectNumber, recordNumber, type)) {
      PDResources resources = pdf.getPage(0).getResources();
      List<String> names = new ArrayList<>();
      for (COSName name : resources.getFontNames()) {
        names.add(resources.getFont(name).getName());
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDDocument load(ArchiveService archive, String projectNumber, String recordNumber,
      DocumentType type) throws IOException {
    ArchiveDocument document = archive.documentsOf(projectNumber, recordNumber).stream()
        .filter(candidate -> candidate.getType() == type).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " of " + recordNumber + " in " + projectNumber
            + "'s archive"));
    try (InputStream content = archive.open(document)) {
      return Loader.loadPDF(content.readAllBytes());
    }
  }
}
