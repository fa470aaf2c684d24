package kz.jobalyq.system.i18n;

/**
 * The bad input refused while serving this request, kept for the response: the engine REST API wraps a
 * form's refusal in its own English words, and the Tasklist layer answers with ours instead.
 */
public final class RefusedInput {

  private static final ThreadLocal<BadInputDetails> LAST = new ThreadLocal<>();

  private RefusedInput() {
  }

  public record BadInputDetails(String field, String reason) {
  }

  public static void remember(String field, String reason) {
    LAST.set(new BadInputDetails(field, reason));
  }

  public static BadInputDetails last() {
    return LAST.get();
  }

  public static void forget() {
    LAST.remove();
  }
}
