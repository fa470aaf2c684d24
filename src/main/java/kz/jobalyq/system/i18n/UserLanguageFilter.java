package kz.jobalyq.system.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Every request (webapps, engine REST, our API) is served in the user's language ({@link UserLanguage}). */
@Component
@Order(UserLanguageFilter.ORDER)
public class UserLanguageFilter extends OncePerRequestFilter {

  /** Carries a checked failure of the chain out of the language's scope. */
  private static final class FilterFailure extends RuntimeException {
    FilterFailure(Exception cause) {
      super(cause);
    }
  }

  /** After Spring's RequestContextFilter (-105), which sets the browser's locale, and before security (-100). */
  public static final int ORDER = -104;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Locale language = UserLanguage.of(request);
    LocaleContextHolder.setLocale(language);
    try {
      UserLanguage.serve(language, () -> {
        try {
          chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
          throw new FilterFailure(e);
        }
      });
    } catch (FilterFailure failure) {
      if (failure.getCause() instanceof IOException io) {
        throw io;
      }
      throw (ServletException) failure.getCause();
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }
}
