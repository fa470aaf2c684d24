package kz.jobalyq.system.forms;

import java.util.regex.Pattern;

/**
 * Text a person typed, made safe to place inside a form's markdown: every character that would make a
 * link, an image, HTML, emphasis, a heading, a list or a table is escaped, and web addresses are broken
 * so they do not turn into links. The reader sees exactly what was typed.
 */
public final class MarkdownText {

  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*\\[\\]()<>#|!~:{}])");
  private static final Pattern BULLET = Pattern.compile("(?m)^(\\s*)([-+=])");
  private static final Pattern NUMBERED = Pattern.compile("(?m)^(\\s*)(\\d+)([.)])");
  private static final Pattern WWW = Pattern.compile("(?i)\\b(www)\\.");
  private static final Pattern LINKISH = Pattern.compile("([\\\\`\\[\\]()<>!:])");

  private MarkdownText() {
  }

  public static String escape(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String escaped = SPECIAL.matcher(text).replaceAll("\\\\$1");
    escaped = BULLET.matcher(escaped).replaceAll("$1\\\\$2");
    escaped = NUMBERED.matcher(escaped).replaceAll("$1$2\\\\$3");
    return WWW.matcher(escaped).replaceAll("$1\\\\.");
  }

  /**
   * Markdown we composed, kept as markdown (emphasis, headings, lists, tables), with everything that could
   * make a link, an image or HTML escaped: what someone typed inside it cannot point anywhere.
   */
  public static String withoutLinks(String markdown) {
    if (markdown == null || markdown.isEmpty()) {
      return markdown;
    }
    return WWW.matcher(LINKISH.matcher(markdown).replaceAll("\\\\$1")).replaceAll("$1\\\\.");
  }
}
