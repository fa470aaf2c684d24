package kz.jobalyq.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the paragraph references out of a model element's documentation, as the models write them:
 * "(000 §104–§114)", "§106.2", "(002: A1 §28–31; A2 §80.2)", "(GC 19.2)", "TAP §13", "(REGULATIONS §8)".
 * A reference without a source document named before it belongs to the element's default source (its
 * process's); a part (A1, A2, SC, GC, TAP) holds until the next source or part is named.
 */
final class ParagraphReferences {

  /** The working-day counting rule the models cite as "REGULATIONS §8" (the Civil Code's rule on periods). */
  static final String WORKING_DAYS = "CAL";

  private static final Pattern TOKEN = Pattern.compile(
      "(?<cal>REGULATIONS\\s*§\\s*8)"
      + "|(?<seed>(?<![\\d.§-])\\b(?:000|001|002|003|004)\\b(?![.\\d]))"
      + "|(?<part>\\b(?:A1|A2|TAP)\\b)"
      + "|(?<gcsc>\\b(?<gcscPart>GC|SC)\\s*(?<gcscFrom>\\d+(?:\\.\\d+)*)(?:\\s*[–-]\\s*(?<gcscTo>\\d+(?:\\.\\d+)*))?)"
      + "|(?<para>§\\s*(?<from>\\d+(?:\\.\\d+)*)(?:\\s*[–-]\\s*§?\\s*(?<to>\\d+(?:\\.\\d+)*))?)");

  private ParagraphReferences() {
  }

  /** A paragraph of a source: seed "000", part "" or "A2"/"GC"/…, the paragraph as written ("106.2", "104–114"). */
  record Reference(String seed, String part, String from, String to) implements Comparable<Reference> {

    String label() {
      String range = to == null ? from : from + "–" + to;
      if (WORKING_DAYS.equals(seed)) {
        return "§8";
      }
      return ("GC".equals(part) || "SC".equals(part)) ? part + " " + range
          : (part.isEmpty() ? "" : part + " ") + "§" + range;
    }

    @Override
    public int compareTo(Reference other) {
      int bySeed = seed.compareTo(other.seed);
      if (bySeed != 0) {
        return bySeed;
      }
      int byPart = part.compareTo(other.part);
      if (byPart != 0) {
        return byPart;
      }
      int byNumber = compareNumbers(from, other.from);
      return byNumber != 0 ? byNumber : label().compareTo(other.label());
    }

    private static int compareNumbers(String a, String b) {
      String[] left = a.split("\\.");
      String[] right = b.split("\\.");
      for (int i = 0; i < Math.max(left.length, right.length); i++) {
        int x = i < left.length ? Integer.parseInt(left[i]) : -1;
        int y = i < right.length ? Integer.parseInt(right[i]) : -1;
        if (x != y) {
          return Integer.compare(x, y);
        }
      }
      return 0;
    }
  }

  /** The first source document a text names ("000", "002", …), or null. */
  static String firstSeed(String text) {
    Matcher matcher = TOKEN.matcher(text == null ? "" : text);
    while (matcher.find()) {
      if (matcher.group("seed") != null) {
        return matcher.group("seed");
      }
    }
    return null;
  }

  static List<Reference> in(String text, String defaultSeed) {
    List<Reference> references = new ArrayList<>();
    if (text == null) {
      return references;
    }
    String seed = defaultSeed;
    String part = "";
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      if (matcher.group("cal") != null) {
        add(references, new Reference(WORKING_DAYS, "", "8", null));
      } else if (matcher.group("seed") != null) {
        seed = matcher.group("seed");
        part = "";
      } else if (matcher.group("part") != null) {
        part = matcher.group("part");
        if ("TAP".equals(part)) {
          seed = "003";
        }
      } else if (matcher.group("gcsc") != null) {
        add(references, new Reference("003", matcher.group("gcscPart"), matcher.group("gcscFrom"),
            matcher.group("gcscTo")));
      } else if (matcher.group("para") != null && seed != null) {
        add(references, new Reference(seed, part, matcher.group("from"), matcher.group("to")));
      }
    }
    return references;
  }

  private static void add(List<Reference> references, Reference reference) {
    if (!references.contains(reference)) {
      references.add(reference);
    }
  }
}
