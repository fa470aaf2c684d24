package kz.jobalyq.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kz.jobalyq.system.i18n.Messages;

/**
 * What a notice says, worded in each language from one source: its subject and its message are message keys
 * ({@code i18n/<feature>_kk} and {@code _ru}) with their arguments, so Kazakh and Russian readers read the same
 * notice. The arguments are shown as given (record numbers, dates, sums already formatted; a number is never
 * grouped), except a {@link Wording}, which has a word of its own in each language.
 */
public record Notice(Wording subject, Wording message) {

  /** Text worded in each language: a message key with its arguments, an enum's name, a record's summary. */
  @FunctionalInterface
  public interface Wording {
    String in(Locale language);
  }

  public Notice {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
  }

  /** The subject's and the message's key, both composed with the same arguments ({0}, {1}, … in each). */
  public static Notice of(String subjectKey, String messageKey, Object... args) {
    return new Notice(term(subjectKey, args), term(messageKey, args));
  }

  /** A message key (e.g. {@code operational.status.APPROVAL}) with its arguments, worded in each language. */
  public static Wording term(String key, Object... args) {
    List<Object> shown = shown(args);
    return language -> Messages.text(language, key, shown.stream()
        .map(arg -> arg instanceof Wording wording ? wording.in(language) : arg).toArray());
  }

  public String subject(Locale language) {
    return subject.in(language);
  }

  public String message(Locale language) {
    return message.in(language);
  }

  /** As the string concatenation they replace: a number or a date shows as its toString, null as "null". */
  private static List<Object> shown(Object... args) {
    return Arrays.stream(args).map(arg -> arg instanceof Wording ? arg : (Object) String.valueOf(arg)).toList();
  }
}
