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

/**
 * A document of the paper trail (a change sheet, a final report, an interview conclusion) as an A4 PDF:
 * a title, sections of labelled fields and paragraphs, set in DejaVu Sans so that Kazakh and Russian
 * Cyrillic print. Built in memory; {@link #toPdf()} renders it.
 */
public final class PaperDocument {

  private static final float MARGIN = 56;
  private static final float BODY = 10.5f;
  private static final float LEADING = 1.35f;
  /** A change sheet's size is about 20 KB: room for it at once, not grown copy by copy as PDFBox writes. */
  private static final int PAPER_BYTES = 48 * 1024;

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
    // The fonts are given back only after the document is saved (and closed): saving embeds their subsets.
    try (ParsedFonts fonts = ParsedFonts.borrow(allText()); PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream(PAPER_BYTES)) {
      PDFont regular = PDType0Font.load(pdf, fonts.regular, true);
      PDFont bold = PDType0Font.load(pdf, fonts.bold, true);
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("Jobalyq");
      Writer writer = new Writer(pdf, regular, bold);
      writer.lines(bold, 15, title);
      writer.space(6);
      for (Block block : blocks) {
        switch (block.kind()) {
          case SUBTITLE -> writer.lines(regular, BODY, block.text());
          case HEADING -> {
            writer.space(8);
            writer.lines(bold, 12, block.text());
            writer.space(2);
          }
          case FIELD -> writer.lines(regular, BODY, block.label() + ": " + block.text(), bold, block.label() + ":");
          case PARAGRAPH -> writer.lines(regular, BODY, block.text());
        }
      }
      writer.close();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF cannot be written", e);
    }
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
    private final PDFont regular;
    private final PDFont bold;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream stream;
    private float y;
    private final Map<PDFont, Map<Integer, Float>> glyphWidths = new HashMap<>();
    /** Whether both fonts show a character, asked once per character and document. */
    private final Map<Integer, Boolean> shown = new HashMap<>();

    Writer(PDDocument pdf, PDFont regular, PDFont bold) throws IOException {
      this.pdf = pdf;
      this.regular = regular;
      this.bold = bold;
      newPage();
    }

    void space(float points) {
      y -= points;
    }

    void lines(PDFont font, float size, String text) throws IOException {
      lines(font, size, text, null, null);
    }

    /** Writes {@code text} wrapped; its first {@code boldPrefix} characters (a label) in {@code prefixFont}. */
    void lines(PDFont font, float size, String text, PDFont prefixFont, String boldPrefix) throws IOException {
      for (String paragraph : printable(text).split("\n", -1)) {
        boolean first = true;
        for (String line : wrap(font, size, paragraph)) {
          if (y - size * LEADING < MARGIN) {
            newPage();
          }
          y -= size * LEADING;
          stream.beginText();
          stream.newLineAtOffset(MARGIN, y);
          if (first && boldPrefix != null && line.startsWith(boldPrefix)) {
            stream.setFont(prefixFont, size);
            stream.showText(boldPrefix);
            stream.setFont(font, size);
            stream.showText(line.substring(boldPrefix.length()));
          } else {
            stream.setFont(font, size);
            stream.showText(line);
          }
          stream.endText();
          first = false;
        }
      }
    }

    /** Greedy wrapping; a text's width is the sum of its glyphs' (no kerning), so each word is measured once. */
    private List<String> wrap(PDFont font, float size, String paragraph) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      float lineWidth = 0;
      float spaceWidth = textWidth(font, size, " ");
      for (String word : paragraph.split(" ")) {
        float wordWidth = textWidth(font, size, word);
        if (line.isEmpty()) {
          line.append(word);
          lineWidth = wordWidth;
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

    /**
     * The sum of the text's glyph widths, as {@link PDFont#getStringWidth} adds them, each character's width asked
     * of the font once per document (asking it per word encoded every word anew).
     */
    private float textWidth(PDFont font, float size, String text) throws IOException {
      Map<Integer, Float> widths = glyphWidths.computeIfAbsent(font, any -> new HashMap<>());
      float width = 0;
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        Float glyph = widths.get(codePoint);
        if (glyph == null) {
          glyph = font.getStringWidth(Character.toString(codePoint));
          widths.put(codePoint, glyph);
        }
        width += glyph;
        i += Character.charCount(codePoint);
      }
      return width / 1000 * size;
    }

    /** Characters the fonts cannot show (an emoji in a comment) become "?" rather than failing the document. */
    private String printable(String text) {
      StringBuilder out = new StringBuilder(text.length());
      text.replace("\r", "").replace("\t", " ").codePoints().forEach(codePoint -> {
        if (codePoint == '\n' || shown.computeIfAbsent(codePoint, this::bothShow)) {
          out.appendCodePoint(codePoint);
        } else {
          out.append('?');
        }
      });
      return out.toString();
    }

    private boolean bothShow(int codePoint) {
      String character = Character.toString(codePoint);
      try {
        regular.encode(character);
        bold.encode(character);
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
