package kz.jobalyq.system.forms;

import java.util.Set;

/**
 * Variables a feature composes itself as markdown for its forms (a plan's overview, a call's summary): shown
 * with their emphasis, lists and tables, while what someone typed inside them can still never become a link,
 * an image or HTML ({@link MarkdownText#withoutLinks}). Every other text variable is escaped whole.
 */
public interface PreparedMarkdown {

  Set<String> variableNames();
}
