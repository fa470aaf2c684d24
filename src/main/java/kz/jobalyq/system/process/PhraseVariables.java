package kz.jobalyq.system.process;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import kz.jobalyq.system.TextLimits;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.i18n.UserLanguage;

/**
 * A text the platform composes into the process for a form to show (a call's republication reason, a plan's
 * correction reason), carried as two string variables: {@code name} in Kazakh, for Cockpit and history, and
 * {@code name + "Phrase"}, its phrase, which the task's form view shows in the reader's language ({@link #in}).
 * Both must fit a string variable: the Kazakh text is cut, and a phrase too long to fit is left out, so that the
 * form shows the Kazakh text.
 */
public final class PhraseVariables {

  private static final String PHRASE = "Phrase";

  private PhraseVariables() {
  }

  /** The variables that carry {@code text} under {@code name}. */
  public static Map<String, Object> of(String name, Phrase text) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(name, TextLimits.cut(text.in(UserLanguage.KK), TextVariables.MAX_LENGTH));
    String json = text.toJson();
    variables.put(name + PHRASE, json.length() <= TextVariables.MAX_LENGTH ? json : null);
    return variables;
  }

  /**
   * The text carried under {@code name} in {@code language}, from a task's variables; null when they hold no phrase
   * of it (an instance that reached the task before the text became a phrase keeps its Kazakh text).
   */
  public static String in(Map<String, Object> variables, String name, Locale language) {
    return variables.get(name + PHRASE) instanceof String json ? Phrase.fromJson(json).in(language) : null;
  }
}
