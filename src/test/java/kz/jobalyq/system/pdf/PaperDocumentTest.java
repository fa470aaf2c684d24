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
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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

  @Test
  void theTitleHeadingsAndLabelsAreEmboldenedAndTheValuesNot() throws IOException {
    byte[] pdf = PaperDocument.titled("Өзгерту парағы").section("Шешім").field("Мәртебесі", "Қабылданды")
        .paragraph("Ескерту жоқ").toPdf();
    StringBuilder bold = new StringBuilder();
    StringBuilder regular = new StringBuilder();
    PDFTextStripper byRenderingMode = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        (mode == RenderingMode.FILL_STROKE ? bold : regular).append(text.getUnicode());
      }
    };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      byRenderingMode.getText(document);
    }
    assertThat(bold.toString().replace(" ", "")).isEqualTo("Өзгертупарағы" + "Шешім" + "Мәртебесі:");
    assertThat(regular.toString().replace(" ", "")).isEqualTo("Қабылданды" + "Ескертужоқ");
  }

  @Test
  void latinWordsReadBackLetterForLetterWithoutLigatures() throws IOException {
    // User ids, statuses and comments are often Latin: "office", "first", "flow" must be found by a search of the
    // archive and copied as typed, not as one ligature glyph the text layer cannot map back to its letters.
    byte[] pdf = PaperDocument.titled("Change sheet").field("Comment", "office first flow affiliation shuffle")
        .paragraph("ACCEPTED_FOR_EXECUTION · pghead, bdlead").toPdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("office first flow affiliation shuffle", "ACCEPTED_FOR_EXECUTION · pghead, bdlead");
    }
  }

  @Test
  void aLongCommentWrapsAtTheMarginWordForWordAndContinuesOnANewPage() throws IOException {
    String words = IntStream.range(0, 1500).mapToObj(i -> "сөз" + i).collect(java.util.stream.Collectors.joining(" "));
    byte[] pdf = PaperDocument.titled("Ұзын түсініктеме").paragraph(words).toPdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String[] lines = new PDFTextStripper().getText(document).strip().split("\\R");
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      // Every word printed once, in order, none cut: the lines joined again are the paragraph.
      assertThat(String.join(" ", java.util.Arrays.copyOfRange(lines, 1, lines.length)).replaceAll("\\s+", " "))
          .isEqualTo(words);
      // Lines are full: each but the last ends where the next word would not have fitted (about ten per line).
      assertThat(lines.length - 1).isBetween(1500 / 14, 1500 / 6);
    }
  }

  @Test
  void thePapersOfTheMinistryNeedOnlyTheCutDownFontsAndOtherScriptsTheWholeOnes() {
    assertThat(ParsedFonts.Coverage.of("Өзгеріс парағы № 5 — «шешім», 1 200 ₸ · Müller, Łukasz;\nобъём • ±5 % × 2"))
        .isEqualTo(ParsedFonts.Coverage.CORE);
    assertThat(ParsedFonts.Coverage.of("Өзгеріс парағы № 5 — «шешім», 1 200 ₸;\nобъём ≤ 5 %, α → β •"))
        .isEqualTo(ParsedFonts.Coverage.COMMON);
    assertThat(ParsedFonts.Coverage.of("Жоба: Բարեւ")).isEqualTo(ParsedFonts.Coverage.FULL);
    assertThat(ParsedFonts.Coverage.of("გამარჯობა")).isEqualTo(ParsedFonts.Coverage.FULL);
  }

  @Test
  void theCutDownFontHoldsAnEighthOrAThirdOfTheGlyphsAndTheWholeOneAll() throws IOException {
    try (ParsedFonts fonts = ParsedFonts.borrow("Қазақ тілі")) {
      assertThat(fonts.coverage).isEqualTo(ParsedFonts.Coverage.CORE);
      assertThat(fonts.font.getNumberOfGlyphs()).isBetween(700, 1000);
    }
    try (ParsedFonts fonts = ParsedFonts.borrow("Қазақ тілі: α ≤ β")) {
      assertThat(fonts.coverage).isEqualTo(ParsedFonts.Coverage.COMMON);
      assertThat(fonts.font.getNumberOfGlyphs()).isBetween(1500, 2500);
    }
    try (ParsedFonts fonts = ParsedFonts.borrow("Արամ")) {
      assertThat(fonts.coverage).isEqualTo(ParsedFonts.Coverage.FULL);
      assertThat(fonts.font.getNumberOfGlyphs()).isGreaterThan(6000);
    }
  }

  @Test
  void theMinistrysUsualSignsPrintWithTheSmallestFonts() throws IOException {
    String signs = "ӘәҒғҚқҢңӨөҰұҮүҺһІі № 7 — «шешім» „цитата“ 1 200 ₸ € ± × · • Müller Łukasz";
    assertThat(ParsedFonts.Coverage.of(signs)).isEqualTo(ParsedFonts.Coverage.CORE);
    byte[] pdf = PaperDocument.titled("Белгілер").field("Мәтін", signs).toPdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains(signs).doesNotContain("?");
    }
  }

  @Test
  void theMinistrysSignsPrintWithTheCutDownFonts() throws IOException {
    String signs = "ӘәҒғҚқҢңӨөҰұҮүҺһІі № 7 — «шешім» „цитата“ 1 200 ₸ € ≤ ≥ ± × α β → • ■";
    byte[] pdf = PaperDocument.titled("Белгілер").field("Мәтін", signs).toPdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains(signs).doesNotContain("?");
    }
  }

  @Test
  void aNameInAnotherScriptStillPrintsWithTheWholeFonts() throws IOException {
    // Nothing the whole fonts print is lost to the cut-down ones: a paper with any other character gets the whole.
    byte[] pdf = PaperDocument.titled("Өзгеріс парағы").field("Енгізген", "Բարեւ Արամ")
        .paragraph("Дәйексөз: გამარჯობა").toPdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("Բարեւ Արամ", "Дәйексөз: გამარჯობა")
          .doesNotContain("?");
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
      // One font embedded: bold is the same font emboldened, not a second font's subset.
      assertThat(document.getPage(0).getResources().getFontNames()).hasSize(1);
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
