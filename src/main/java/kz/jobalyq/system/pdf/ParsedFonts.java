package kz.jobalyq.system.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DejaVu Sans for the papers the {@link AlphabetFont} does not hold, parsed once and lent to one document at a
 * time. Parsing the fonts was two thirds of a change sheet's CPU (bench/run, JFR); a parsed font reads its tables
 * lazily and is not thread-safe, so a document borrows one for itself and gives it back when saved. At most
 * {@link #KEPT} idle fonts of each {@link Coverage} are kept.
 */
final class ParsedFonts implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ParsedFonts.class);
  private static final int KEPT = 4;
  private static final String WHOLE = "DejaVuSans.ttf";

  /**
   * Which of DejaVu Sans's glyphs a parsed font holds. PDFBox lists the width of every glyph of a font when a
   * document takes it up, whatever the document prints: for the whole font's 6,253 glyphs that was most of a change
   * sheet's rendering (JFR of bench/run). A paper the {@link AlphabetFont} does not hold (most papers are set in
   * that) gets the smallest font that holds every character it prints: Kazakh and Russian with a name in Latin-1 or
   * Extended-A letters ({@link #CORE}, 821 glyphs); a Greek letter, an arrow or a mathematical sign ({@link #COMMON},
   * 1,881); any other paper (an Armenian name, a Georgian quotation) gets the whole font and prints as before.
   */
  enum Coverage {
    /** Latin with Latin-1 and Extended-A, Cyrillic with Kazakh, punctuation, currency (₸), letterlike (№). */
    CORE(new int[][] {{0x0000, 0x017F}, {0x0400, 0x052F}, {0x2000, 0x206F}, {0x20A0, 0x20CF}, {0x2100, 0x214F}}),
    /** CORE, and Latin Extended-B, Greek, modifiers, super- and subscripts, number forms, arrows, math, shapes. */
    COMMON(new int[][] {{0x0000, 0x024F}, {0x02B0, 0x036F}, {0x0370, 0x03FF}, {0x0400, 0x052F}, {0x2000, 0x206F},
        {0x2070, 0x209F}, {0x20A0, 0x20CF}, {0x2100, 0x214F}, {0x2150, 0x218F}, {0x2190, 0x21FF},
        {0x2200, 0x22FF}, {0x25A0, 0x25FF}}),
    FULL(null);

    private final int[][] ranges;

    Coverage(int[][] ranges) {
      this.ranges = ranges;
    }

    /** The smallest coverage that holds every character of {@code text}. */
    static Coverage of(CharSequence text) {
      Coverage needed = CORE;
      for (int codePoint : text.codePoints().toArray()) {
        while (!needed.holds(codePoint)) {
          needed = values()[needed.ordinal() + 1];
        }
      }
      return needed;
    }

    boolean holds(int codePoint) {
      if (ranges == null) {
        return true;
      }
      for (int[] range : ranges) {
        if (codePoint >= range[0] && codePoint <= range[1]) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The cut-down font's files, made once from the whole one (tens of milliseconds each); a coverage whose cut
   * failed is left out, and its papers get the next larger font rather than none.
   */
  private static final class Cuts {
    /** The tables a PDF's embedded TrueType font needs (PDFBox embeds the same), with the character map. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
        "fpgm", "gasp", "cmap", "post", "name", "OS/2");

    /** The font file of each cut coverage. */
    static final Map<Coverage, byte[]> FILES = new EnumMap<>(Coverage.class);

    static {
      for (Coverage coverage : List.of(Coverage.CORE, Coverage.COMMON)) {
        try {
          FILES.put(coverage, cut(WHOLE, coverage));
        } catch (IOException | RuntimeException e) {
          LOG.warn("DejaVu Sans cannot be cut down to {}; its papers take larger fonts", coverage, e);
        }
      }
    }

    private static byte[] cut(String file, Coverage coverage) throws IOException {
      try (TrueTypeFont whole = parse(read(file))) {
        CmapLookup characters = whole.getUnicodeCmapLookup();
        TreeSet<Integer> kept = new TreeSet<>();
        for (int[] range : coverage.ranges) {
          for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
            if (characters.getGlyphId(codePoint) != 0) {
              kept.add(codePoint);
            }
          }
        }
        TTFSubsetter subsetter = new TTFSubsetter(whole, TABLES);
        subsetter.addAll(kept);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
      }
    }
  }

  private static final Map<Coverage, ConcurrentLinkedDeque<ParsedFonts>> IDLE = new EnumMap<>(Map.of(
      Coverage.CORE, new ConcurrentLinkedDeque<>(), Coverage.COMMON, new ConcurrentLinkedDeque<>(),
      Coverage.FULL, new ConcurrentLinkedDeque<>()));

  final Coverage coverage;
  final TrueTypeFont font;

  private ParsedFonts(Coverage coverage, TrueTypeFont font) {
    this.coverage = coverage;
    this.font = font;
  }

  /** A font that can print every character of {@code text}, cut down when it needs no more. */
  static ParsedFonts borrow(CharSequence text) throws IOException {
    Coverage coverage = Coverage.of(text);
    while (coverage != Coverage.FULL && !Cuts.FILES.containsKey(coverage)) {
      coverage = Coverage.values()[coverage.ordinal() + 1];
    }
    ParsedFonts idle = IDLE.get(coverage).pollFirst();
    if (idle != null) {
      return idle;
    }
    byte[] file = Cuts.FILES.get(coverage);
    return new ParsedFonts(coverage, parse(file != null ? file : read(WHOLE)));
  }

  /** Gives the font back for the next document (or closes it if enough are kept). */
  @Override
  public void close() throws IOException {
    ConcurrentLinkedDeque<ParsedFonts> idle = IDLE.get(coverage);
    if (idle.size() < KEPT) {
      idle.offerFirst(this);
    } else {
      font.close();
    }
  }

  /** A bundled font file of {@code /fonts/dejavu/}. */
  static byte[] read(String file) throws IOException {
    try (InputStream in = ParsedFonts.class.getResourceAsStream("/fonts/dejavu/" + file)) {
      if (in == null) {
        throw new IOException("font " + file + " is missing from the classpath");
      }
      return in.readAllBytes();
    }
  }

  static TrueTypeFont parse(byte[] file) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
    // No glyph substitution: Kazakh and Russian need none, and PDFBox applying the font's Latin ligatures to
    // every line was half of a paper's rendering time.
    font.setEnableGsub(false);
    return font;
  }
}
