package kz.jobalyq.system.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A document of the paper trail (a change sheet, a final report, an interview conclusion) as an A4 PDF:
 * a title, sections of labelled fields and paragraphs, set in DejaVu Sans so that Kazakh and Russian
 * Cyrillic print. Built in memory; {@link #toPdf()} renders it.
 *
 * <p>Titles, headings and labels are the same font emboldened (its outlines filled and stroked, PDF text rendering
 * mode 2) rather than DejaVu Sans Bold: embedding a second font's subset was a third of a paper's rendering and of
 * its bytes (bench/run, JFR; 2.0 → 1.35 ms and 23.6 → 15.4 KB a change sheet). A paper in the ministry's
 * alphabets is set in the {@link AlphabetFont}, embedded whole from objects made once (1.08 → 0.44 ms a change
 * sheet, 12.8 → 15.7 KB); any other in a subset of its own ({@link ParsedFonts}).
 */
public final class PaperDocument {

  private static final float MARGIN = 56;
  private static final float BODY = 10.5f;
  private static final float LEADING = 1.35f;
  /** A change sheet's size is about 15 KB: room for it at once, not grown copy by copy as PDFBox writes. */
  private static final int PAPER_BYTES = 32 * 1024;
  /**
   * The stroke that emboldens, as a share of the font size: it thickens the stems about as much as DejaVu Sans Bold's;
   * as much again is added between letters.
   */
  private static final float EMBOLDEN = 0.05f;

  private final String title;
  private final List<Block> blocks = new ArrayList<>();

  private PaperDocument(String title) {
    this.title = title;
  }

  public static PaperDocument titled(String title) {
    return new PaperDocument(title);
  }

  public PaperDocument subtitle(String text) {
    blocks.add(new Block(Kind.SUBTITLE, null, text));
    return this;
  }

  public PaperDocument section(String heading) {
    blocks.add(new Block(Kind.HEADING, null, heading));
    return this;
  }

  /** A labelled field; a blank value prints as "—". */
  public PaperDocument field(String label, Object value) {
    String text = value == null || value.toString().isBlank() ? "—" : value.toString().strip();
    blocks.add(new Block(Kind.FIELD, label, text));
    return this;
  }

  public PaperDocument paragraph(String text) {
    if (text != null && !text.isBlank()) {
      blocks.add(new Block(Kind.PARAGRAPH, null, text.strip()));
    }
    return this;
  }

  public byte[] toPdf() {
    String text = allText();
    try {
      if (AlphabetFont.holds(text)) {
        try (PDDocument pdf = new PDDocument()) {
          return render(pdf, AlphabetFont.addTo(pdf));
        }
      }
      // The font is given back only after the document is saved (and closed): saving embeds its subset.
      try (ParsedFonts fonts = ParsedFonts.borrow(text); PDDocument pdf = new PDDocument()) {
        return render(pdf, PDType0Font.load(pdf, fonts.font, true));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF cannot be written", e);
    }
  }

  private byte[] render(PDDocument pdf, PDFont font) throws IOException {
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle(title);
    info.setCreator("Jobalyq");
    Writer writer = new Writer(pdf, font);
    writer.lines(true, 15, title);
    writer.space(6);
    for (Block block : blocks) {
      switch (block.kind()) {
        case SUBTITLE -> writer.lines(false, BODY, block.text());
        case HEADING -> {
          writer.space(8);
          writer.lines(true, 12, block.text());
          writer.space(2);
        }
        case FIELD -> writer.lines(false, BODY, block.label() + ": " + block.text(), block.label() + ":");
        case PARAGRAPH -> writer.lines(false, BODY, block.text());
      }
    }
    writer.close();
    ByteArrayOutputStream out = new ByteArrayOutputStream(PAPER_BYTES);
    pdf.save(out);
    return out.toByteArray();
  }

  /** Every character the document prints, to choose fonts that hold them all. */
  private String allText() {
    StringBuilder text = new StringBuilder(title == null ? "" : title);
    for (Block block : blocks) {
      text.append(block.label() == null ? "" : block.label()).append(block.text());
    }
    return text.toString();
  }

  private enum Kind { SUBTITLE, HEADING, FIELD, PARAGRAPH }

  private record Block(Kind kind, String label, String text) {
  }

  /** Lays out lines top to bottom, wrapping at the margin and starting new pages. */
  private static final class Writer {
    private final PDDocument pdf;
    private final PDFont font;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream stream;
    private float y;
    /** Each character's width, asked of the font once per document (asking it per word encoded every word anew). */
    private final Map<Integer, Float> glyphWidths = new HashMap<>();
    /** Whether the font shows a character, asked once per character and document. */
    private final Map<Integer, Boolean> shown = new HashMap<>();

    Writer(PDDocument pdf, PDFont font) throws IOException {
      this.pdf = pdf;
      this.font = font;
      newPage();
    }

    void space(float points) {
      y -= points;
    }

    void lines(boolean bold, float size, String text) throws IOException {
      lines(bold, size, text, null);
    }

    /** Writes {@code text} wrapped; its first characters, {@code boldPrefix} (a label), emboldened. */
    void lines(boolean bold, float size, String text, String boldPrefix) throws IOException {
      for (String paragraph : printable(text).split("\n", -1)) {
        boolean first = true;
        for (String line : wrap(bold, size, paragraph, boldPrefix)) {
          if (y - size * LEADING < MARGIN) {
            newPage();
          }
          y -= size * LEADING;
          stream.beginText();
          stream.newLineAtOffset(MARGIN, y);
          stream.setFont(font, size);
          if (first && boldPrefix != null && line.startsWith(boldPrefix)) {
            show(true, size, boldPrefix);
            show(bold, size, line.substring(boldPrefix.length()));
          } else {
            show(bold, size, line);
          }
          stream.endText();
          first = false;
        }
      }
    }

    private void show(boolean bold, float size, String text) throws IOException {
      if (bold) {
        stream.setRenderingMode(RenderingMode.FILL_STROKE);
        stream.setLineWidth(size * EMBOLDEN);
        stream.setCharacterSpacing(size * EMBOLDEN);
        stream.showText(text);
        stream.setCharacterSpacing(0);
        stream.setRenderingMode(RenderingMode.FILL);
      } else {
        stream.showText(text);
      }
    }

    /**
     * Greedy wrapping; a text's width is the sum of its glyphs' (no kerning), so each word is measured once. The
     * paragraph's first line may begin with an emboldened label, which is wider by its letter spacing.
     */
    private List<String> wrap(boolean bold, float size, String paragraph, String boldPrefix) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      float lineWidth = boldPrefix != null && paragraph.startsWith(boldPrefix) && !bold
          ? boldPrefix.codePointCount(0, boldPrefix.length()) * size * EMBOLDEN : 0;
      float spaceWidth = textWidth(bold, size, " ");
      for (String word : paragraph.split(" ")) {
        float wordWidth = textWidth(bold, size, word);
        if (line.isEmpty()) {
          line.append(word);
          lineWidth += wordWidth;
        } else if (lineWidth + spaceWidth + wordWidth <= width) {
          line.append(' ').append(word);
          lineWidth += spaceWidth + wordWidth;
        } else {
          lines.add(line.toString());
          line.setLength(0);
          line.append(word);
          lineWidth = wordWidth;
        }
      }
      lines.add(line.toString());
      return lines;
    }

    /** The text's glyph widths summed as {@link PDFont#getStringWidth} sums them, and an emboldened text's spacing. */
    private float textWidth(boolean bold, float size, String text) throws IOException {
      float width = 0;
      int characters = 0;
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        Float glyph = glyphWidths.get(codePoint);
        if (glyph == null) {
          glyph = font.getStringWidth(Character.toString(codePoint));
          glyphWidths.put(codePoint, glyph);
        }
        width += glyph;
        characters++;
        i += Character.charCount(codePoint);
      }
      return width / 1000 * size + (bold ? characters * size * EMBOLDEN : 0);
    }

    /** Characters the font cannot show (an emoji in a comment) become "?" rather than failing the document. */
    private String printable(String text) {
      StringBuilder out = new StringBuilder(text.length());
      text.replace("\r", "").replace("\t", " ").codePoints().forEach(codePoint -> {
        if (codePoint == '\n' || shown.computeIfAbsent(codePoint, this::shows)) {
          out.appendCodePoint(codePoint);
        } else {
          out.append('?');
        }
      });
      return out.toString();
    }

    private boolean shows(int codePoint) {
      try {
        font.encode(Character.toString(codePoint));
        return true;
      } catch (IOException | IllegalArgumentException e) {
        return false;
      }
    }

    private void newPage() throws IOException {
      close();
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      stream = new PDPageContentStream(pdf, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void close() throws IOException {
      if (stream != null) {
        stream.close();
        stream = null;
      }
    }
  }
}
