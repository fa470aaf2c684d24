package kz.jobalyq.system.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The language a person works in: Kazakh (the regulations' own) or Russian. Chosen in the webapps' footer
 * (kept in the {@value #COOKIE} cookie, so every request says it), else the browser's language, else Kazakh.
 * The request's language is set for its thread by {@link UserLanguageFilter}, so messages built anywhere
 * while serving it (a form's refusal inside the engine, a notice) are in that language.
 */
public final class UserLanguage {

  public static final Locale KK = Locale.forLanguageTag("kk");
  public static final Locale RU = Locale.forLanguageTag("ru");
  /** Set by the language picker of the webapps and our pages: {@code kk} or {@code ru}. */
  public static final String COOKIE = "jobalyq-lang";

  private UserLanguage() {
  }

  /** Our own: other filters (Spring's and Jersey's request context) set the browser's locale on theirs. */
  private static final ThreadLocal<Locale> SERVED = new ThreadLocal<>();

  /** The language of the request being served on this thread; Kazakh outside a request. */
  public static Locale current() {
    Locale served = SERVED.get();
    return served != null ? served : supported(LocaleContextHolder.getLocale());
  }

  /** For the duration of {@code work}, this thread serves in {@code language} (e.g. a mail to a Russian reader). */
  public static void serve(Locale language, Runnable work) {
    Locale before = SERVED.get();
    SERVED.set(supported(language));
    try {
      work.run();
    } finally {
      if (before == null) {
        SERVED.remove();
      } else {
        SERVED.set(before);
      }
    }
  }

  public static boolean isRussian() {
    return RU.equals(current());
  }

  static Locale of(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
          return supported(Locale.forLanguageTag(cookie.getValue()));
        }
      }
    }
    for (Locale accepted : java.util.Collections.list(request.getLocales())) {
      if (RU.getLanguage().equals(accepted.getLanguage()) || KK.getLanguage().equals(accepted.getLanguage())) {
        return supported(accepted);
      }
    }
    return KK;
  }

  /** Kazakh or Russian: anything else (English, German…) reads the regulations' own language. */
  public static Locale supported(Locale locale) {
    return locale != null && RU.getLanguage().equals(locale.getLanguage()) ? RU : KK;
  }
}
