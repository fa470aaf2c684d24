package kz.jobalyq.system.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * DejaVu Sans and its bold, parsed once and lent to one document at a time. Parsing the two fonts was two thirds
 * of a change sheet's CPU (bench/run, JFR); a parsed font reads its tables lazily and is not thread-safe, so a
 * document borrows a pair for itself and gives it back when saved. At most {@link #KEPT} idle pairs are kept.
 */
final class ParsedFonts implements AutoCloseable {

  private static final int KEPT = 4;
  private static final ConcurrentLinkedDeque<ParsedFonts> IDLE = new ConcurrentLinkedDeque<>();

  final TrueTypeFont regular;
  final TrueTypeFont bold;

  private ParsedFonts(TrueTypeFont regular, TrueTypeFont bold) {
    this.regular = regular;
    this.bold = bold;
  }

  static ParsedFonts borrow() throws IOException {
    ParsedFonts idle = IDLE.pollFirst();
    return idle != null ? idle : new ParsedFonts(parse("DejaVuSans.ttf"), parse("DejaVuSans-Bold.ttf"));
  }

  /** Gives the pair back for the next document (or closes it if enough are kept). */
  @Override
  public void close() throws IOException {
    if (IDLE.size() < KEPT) {
      IDLE.offerFirst(this);
    } else {
      regular.close();
      bold.close();
    }
  }

  private static TrueTypeFont parse(String file) throws IOException {
    try (InputStream in = ParsedFonts.class.getResourceAsStream("/fonts/dejavu/" + file)) {
      if (in == null) {
        throw new IOException("font " + file + " is missing from the classpath");
      }
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
      // No glyph substitution: Kazakh and Russian need none, and PDFBox applying the font's Latin ligatures to
      // every line was half of a paper's rendering time.
      font.setEnableGsub(false);
      return font;
    }
  }
}
