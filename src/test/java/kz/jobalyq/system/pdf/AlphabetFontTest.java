package kz.jobalyq.system.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Papers in the ministry's alphabets embed the prepared alphabet font whole, measure their text as the whole DejaVu
 * Sans does, and read back as written; any other character sends the paper to a subset of its own.
 */
class AlphabetFontTest {

  private static final String KAZAKH_AND_RUSSIAN = "ӘәҒғҚқҢңӨөҰұҮүҺһІі ЁёЙй № 7 — «шешім» „цитата“ 1 200 ₸ € "
      + "± × ÷ · • § ° … ‰ ‹›";

  @Test
  void theFontFileHoldsTheDeclaredCharactersAndNoOthers() throws IOException {
    TrueTypeFont alphabet = ParsedFonts.parse(ParsedFonts.read(AlphabetFont.FILE));
    List<Integer> declared = new ArrayList<>();
    for (int[] range : AlphabetFont.RANGES) {
      for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
        declared.add(codePoint);
      }
    }
    List<Integer> held = new ArrayList<>();
    for (int codePoint = 0; codePoint < 0x10000; codePoint++) {
      if (alphabet.getUnicodeCmapLookup().getGlyphId(codePoint) != 0) {
        held.add(codePoint);
      }
    }
    assertThat(held).isEqualTo(declared);
    assertThat(AlphabetFont.holds(KAZAKH_AND_RUSSIAN + "\n\tКестені 1 күнге жылжыту (бенчмарк)")).isTrue();
    assertThat(AlphabetFont.holds("Müller")).isFalse();
    assertThat(AlphabetFont.holds("α ≤ β")).isFalse();
  }

  @Test
  void everyCharacterIsAsWideAsInTheWholeFontSoPapersWrapAsBefore() throws IOException {
    TrueTypeFont whole = ParsedFonts.parse(ParsedFonts.read("DejaVuSans.ttf"));
    try (PDDocument pdf = new PDDocument()) {
      PDFont alphabet = AlphabetFont.addTo(pdf);
      PDFont wholeFont = PDType0Font.load(pdf, whole, true);
      for (int[] range : AlphabetFont.RANGES) {
        for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
          String character = Character.toString(codePoint);
          assertThat(alphabet.getStringWidth(character)).as(character)
              .isEqualTo(wholeFont.getStringWidth(character));
        }
      }
      assertThatThrownBy(() -> alphabet.encode("ü")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("U+00FC");
    }
  }

  @Test
  void aKazakhAndRussianPaperEmbedsTheAlphabetWholeAndReadsBack() throws IOException {
    byte[] pdf = PaperDocument.titled("Белгілер").field("Мәтін", KAZAKH_AND_RUSSIAN)
        .paragraph("Объём работ не меняется; office first flow").toPdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDCIDFont font = onlyFont(document).getDescendantFont();
      assertThat(font.getName()).isEqualTo("DejaVuSans");
      assertThat(font.getFontDescriptor().getFontFile2().getCOSObject().getInt("Length1"))
          .isEqualTo(ParsedFonts.read(AlphabetFont.FILE).length);
      // The field wraps at the margin: compared with its line breaks as spaces.
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains(KAZAKH_AND_RUSSIAN, "Объём работ не меняется; office first flow").doesNotContain("?");
    }
  }

  @Test
  void aPaperWithAnotherCharacterIsSetInASubsetOfItsOwn() throws IOException {
    byte[] pdf = PaperDocument.titled("Белгілер").field("Енгізген", "Müller, α ≤ β").toPdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // A subset's name carries its six-letter tag: ABCDEF+DejaVuSans.
      assertThat(onlyFont(document).getDescendantFont().getName()).matches("[A-Z]{6}\\+DejaVuSans");
      assertThat(new PDFTextStripper().getText(document)).contains("Müller, α ≤ β").doesNotContain("?");
    }
  }

  private static PDType0Font onlyFont(PDDocument document) throws IOException {
    PDResources resources = document.getPage(0).getResources();
    assertThat(resources.getFontNames()).hasSize(1);
    return (PDType0Font) resources.getFont(resources.getFontNames().iterator().next());
  }
}
