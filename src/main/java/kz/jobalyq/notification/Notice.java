package kz.jobalyq.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kz.jobalyq.system.i18n.Messages;

/**
 * What a notice says, as message keys rather than text ({@code i18n/<feature>_kk} and {@code _ru}): its subject
 * and its message are composed in each language from the same keys and arguments, so Kazakh and Russian readers
 * read the same notice. The arguments are shown as given (record numbers, dates, sums already formatted; a
 * number is never grouped), except a {@link Wording}, which has a word of its own in each language.
 */
public record Notice(String subjectKey, String messageKey, List<Object> args) {

  /** An argument worded in each language: an enum's name, an outcome, text composed per language. */
  @FunctionalInterface
  public interface Wording {
    String in(Locale language);
  }

  public Notice {
    Objects.requireNonNull(subjectKey, "subjectKey");
    Objects.requireNonNull(messageKey, "messageKey");
    args = shown(args);
  }

  /** The subject's and the message's key; both are composed with the same arguments ({0}, {1}, … in each). */
  public static Notice of(String subjectKey, String messageKey, Object... args) {
    return new Notice(subjectKey, messageKey, Arrays.asList(args));
  }

  /** An argument that is a message key of its own (e.g. {@code operational.status.APPROVAL}), with its arguments. */
  public static Wording term(String key, Object... args) {
    List<Object> shown = shown(Arrays.asList(args));
    return language -> Messages.text(language, key, worded(shown, language));
  }

  public String subject(Locale language) {
    return Messages.text(language, subjectKey, worded(args, language));
  }

  public String message(Locale language) {
    return Messages.text(language, messageKey, worded(args, language));
  }

  /** As the string concatenation they replace: a number or a date shows as its toString, null as "null". */
  private static List<Object> shown(List<Object> args) {
    return args.stream().map(arg -> arg instanceof Wording ? arg : (Object) String.valueOf(arg)).toList();
  }

  private static Object[] worded(List<Object> args, Locale language) {
    return args.stream().map(arg -> arg instanceof Wording wording ? wording.in(language) : arg).toArray();
  }
}
