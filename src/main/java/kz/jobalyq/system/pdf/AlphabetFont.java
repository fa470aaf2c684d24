package kz.jobalyq.system.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DejaVu Sans cut to the alphabets of the ministry's papers, embedded whole in every paper whose text it holds: its
 * PDF objects (the compressed font file, the widths, the text layer's character map) are made once by PDFBox and
 * copied into each paper as they are. A paper set in a font subset of its own had that subset cut, measured,
 * mapped and compressed for it, half of its rendering (bench/run, JFR and a loop of 3,000 change sheets).
 *
 * <p>The font file holds Basic Latin, the Latin-1 signs (« » § ° ± × ÷), Russian and Kazakh Cyrillic, dashes,
 * quotes, the bullet, the ellipsis, ‰, €, ₸ and № ({@link #RANGES}), 247 glyphs without hinting instructions (which
 * PDF viewers do not need): 12 KB compressed, about what a paper's own subset was with the hinting kept. It was made
 * from the bundled DejaVu Sans with fontTools:
 * {@code python3 -m fontTools.subset DejaVuSans.ttf --unicodes=U+0020-007E,U+00A0-00BF,U+00D7,U+00F7,U+0401,U+0406,
 * U+0410-044F,U+0451,U+0456,U+0492-0493,U+049A-049B,U+04A2-04A3,U+04AE-04B1,U+04BA-04BB,U+04D8-04D9,U+04E8-04E9,
 * U+2010-2015,U+2018-201E,U+2020-2022,U+2026,U+2030,U+2039-203A,U+20AC,U+20B8,U+2116 --no-hinting
 * --drop-tables+=GSUB,GPOS,GDEF,kern,FFTM,MATH --output-file=DejaVuSans-Alphabet.ttf}. A paper with any other
 * character (a name in Latin-1 letters, a Greek letter, an arrow) is set in a subset as before ({@link ParsedFonts}).
 */
final class AlphabetFont extends PDFont {

  private static final Logger LOG = LoggerFactory.getLogger(AlphabetFont.class);
  static final String FILE = "DejaVuSans-Alphabet.ttf";
  private static final String NAME = "DejaVuSans";

  /** The characters the font file holds, as fontTools was given them (AlphabetFontTest checks the file). */
  static final int[][] RANGES = {{0x0020, 0x007E}, {0x00A0, 0x00BF}, {0x00D7, 0x00D7}, {0x00F7, 0x00F7},
      {0x0401, 0x0401}, {0x0406, 0x0406}, {0x0410, 0x044F}, {0x0451, 0x0451}, {0x0456, 0x0456}, {0x0492, 0x0493},
      {0x049A, 0x049B}, {0x04A2, 0x04A3}, {0x04AE, 0x04B1}, {0x04BA, 0x04BB}, {0x04D8, 0x04D9}, {0x04E8, 0x04E9},
      {0x2010, 0x2015}, {0x2018, 0x201E}, {0x2020, 0x2022}, {0x2026, 0x2026}, {0x2030, 0x2030}, {0x2039, 0x203A},
      {0x20AC, 0x20AC}, {0x20B8, 0x20B8}, {0x2116, 0x2116}};

  /** The font's PDF objects and metrics, made once; null if the font file cannot be read (papers take subsets). */
  private static final Kit KIT = Kit.make();

  private AlphabetFont(COSDictionary font) {
    super(font);
  }

  /** Whether every character of {@code text} prints in this font (line breaks and tabs are laid out, not printed). */
  static boolean holds(CharSequence text) {
    if (KIT == null) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int codePoint = Character.codePointAt(text, i);
      if (codePoint >= ' ' && KIT.glyph(codePoint) == 0) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  /** The font added to {@code pdf}: a copy of the prepared objects, nothing cut, measured or compressed again. */
  static PDFont addTo(PDDocument pdf) throws IOException {
    COSDocument document = pdf.getDocument();
    COSDictionary font = (COSDictionary) KIT.copy(KIT.type0, document);
    // PDFont's constructor reads a character map it finds (for text extraction, which a paper being written does
    // not do): it is added after.
    COSBase toUnicode = font.getItem(COSName.TO_UNICODE);
    font.removeItem(COSName.TO_UNICODE);
    AlphabetFont added = new AlphabetFont(font);
    font.setItem(COSName.TO_UNICODE, toUnicode);
    return added;
  }

  @Override
  protected byte[] encode(int unicode) {
    int glyph = KIT.glyph(unicode);
    if (glyph == 0) {
      throw new IllegalArgumentException(String.format("No glyph for U+%04X in %s", unicode, FILE));
    }
    // Identity-H: the code is the glyph id, two bytes.
    return new byte[] {(byte) (glyph >> 8), (byte) glyph};
  }

  @Override
  public int readCode(InputStream in) throws IOException {
    return (in.read() << 8) | in.read();
  }

  @Override
  public float getWidth(int code) {
    return code >= 0 && code < KIT.widths.length ? KIT.widths[code] : 0;
  }

  @Override
  public float getWidthFromFont(int code) {
    return getWidth(code);
  }

  @Override
  public boolean hasExplicitWidth(int code) {
    return true;
  }

  @Override
  protected float getStandard14Width(int code) {
    return getWidth(code);
  }

  @Override
  public float getHeight(int code) {
    return KIT.box.getHeight();
  }

  @Override
  public BoundingBox getBoundingBox() {
    return KIT.box;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isEmbedded() {
    return true;
  }

  @Override
  public boolean isDamaged() {
    return false;
  }

  @Override
  public boolean isVertical() {
    return false;
  }

  /** Embedded whole: nothing to subset. */
  @Override
  public boolean willBeSubset() {
    return false;
  }

  @Override
  public void addToSubset(int codePoint) {
    // embedded whole
  }

  @Override
  public void subset() {
    // embedded whole
  }

  /** The prepared objects: a PDFBox Type 0 font embedding the whole file, its streams' bytes, widths by glyph. */
  private static final class Kit {
    final COSDictionary type0;
    final Map<COSStream, byte[]> streams = new IdentityHashMap<>();
    final int[] glyphs;
    final float[] widths;
    final BoundingBox box;

    private Kit(TrueTypeFont ttf, PDType0Font font) throws IOException {
      type0 = font.getCOSObject();
      keepStreams(type0);
      CmapLookup characters = ttf.getUnicodeCmapLookup();
      glyphs = new int[RANGES[RANGES.length - 1][1] + 1];
      for (int[] range : RANGES) {
        for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
          glyphs[codePoint] = characters.getGlyphId(codePoint);
        }
      }
      widths = new float[ttf.getNumberOfGlyphs()];
      for (int glyph = 0; glyph < widths.length; glyph++) {
        widths[glyph] = font.getWidth(glyph);
      }
      box = font.getBoundingBox();
    }

    static Kit make() {
      try {
        TrueTypeFont ttf = ParsedFonts.parse(ParsedFonts.read(FILE));
        // The document only holds the objects while they are made; they are copied from the kit, never saved.
        try (PDDocument template = new PDDocument()) {
          return new Kit(ttf, PDType0Font.load(template, ttf, false));
        }
      } catch (IOException | RuntimeException e) {
        LOG.warn("{} cannot be prepared; papers take font subsets", FILE, e);
        return null;
      }
    }

    int glyph(int codePoint) {
      return codePoint < glyphs.length ? glyphs[codePoint] : 0;
    }

    /** The streams' bytes as stored (compressed), read once: copies write them as they are. */
    private void keepStreams(COSBase base) throws IOException {
      COSBase object = base instanceof COSObject reference ? reference.getObject() : base;
      if (object instanceof COSStream stream && !streams.containsKey(stream)) {
        try (InputStream raw = stream.createRawInputStream()) {
          streams.put(stream, raw.readAllBytes());
        }
      }
      if (object instanceof COSDictionary dictionary) {
        for (COSBase value : dictionary.getValues()) {
          keepStreams(value);
        }
      } else if (object instanceof COSArray array) {
        for (COSBase item : array) {
          keepStreams(item);
        }
      }
    }

    /** A deep copy into {@code document}; names, numbers and strings are shared, PDFBox never changes them. */
    COSBase copy(COSBase base, COSDocument document) throws IOException {
      COSBase object = base instanceof COSObject reference ? reference.getObject() : base;
      if (object instanceof COSStream stream) {
        COSStream copied = document.createCOSStream();
        copyEntries(stream, copied, document);
        try (OutputStream out = copied.createRawOutputStream()) {
          out.write(streams.get(stream));
        }
        return copied;
      }
      if (object instanceof COSDictionary dictionary) {
        COSDictionary copied = new COSDictionary();
        copyEntries(dictionary, copied, document);
        return copied;
      }
      if (object instanceof COSArray array) {
        COSArray copied = new COSArray();
        for (COSBase item : array) {
          copied.add(copy(item, document));
        }
        return copied;
      }
      return object;
    }

    private void copyEntries(COSDictionary from, COSDictionary to, COSDocument document) throws IOException {
      for (Map.Entry<COSName, COSBase> entry : from.entrySet()) {
        to.setItem(entry.getKey(), copy(entry.getValue(), document));
      }
    }
  }
}
