package kz.jobalyq.system.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Papers print Kazakh and Russian text with the fonts embedded, whether they are written one after another (the
 * parsed fonts lent again) or by many users at once (each document with fonts of its own).
 */
class PaperDocumentTest {

  @Test
  void papersWrittenOneAfterAnotherEachPrintTheirOwnCyrillicText() throws IOException {
    for (int i = 0; i < 3; i++) {
      assertPrints(paper(i), i);
    }
  }

  @Test
  void papersWrittenAtOnceEachPrintTheirOwnCyrillicText() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> written = IntStream.range(0, 24).mapToObj(i -> pool.submit(() -> paper(i))).toList();
      for (int i = 0; i < written.size(); i++) {
        assertPrints(written.get(i).get(), i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] paper(int number) {
    return PaperDocument.titled("Өзгеріс парағы № " + number)
        .subtitle("Лист изменений " + number)
        .section("Шешім")
        .field("Жоба", "ЖОБА-" + number + " · Цифрлық қызметтер")
        .paragraph("Мерзім " + number + " жұмыс күніне жылжиды; объём работ не меняется.")
        .toPdf();
  }

  private static void assertPrints(byte[] pdf, int number) throws IOException {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Өзгеріс парағы № " + number, "Лист изменений " + number,
          "ЖОБА-" + number + " · Цифрлық қызметтер", "объём работ не меняется");
      assertThat(document.getPage(0).getResources().getFontNames()).hasSize(2);
      document.getPage(0).getResources().getFontNames().forEach(name -> {
        try {
          assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }
}
