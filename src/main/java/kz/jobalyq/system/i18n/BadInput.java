package kz.jobalyq.system.i18n;

/**
 * Input a person must correct: names the field at fault and says why in the user's language. It is an
 * {@link IllegalArgumentException}, so our API answers 400 and a form's refusal inside the engine becomes the
 * engine's form validation error (see BadInputPlugin), shown on the form.
 */
public class BadInput extends IllegalArgumentException {

  private final String field;
  private final String reason;

  protected BadInput(String field, String reason) {
    this(field, reason, field == null ? reason : field + ": " + reason);
  }

  private BadInput(String field, String reason, String message) {
    super(message);
    this.field = field;
    this.reason = reason;
  }

  /** {@code field: <message key's text with args>} in the current user's language. */
  public static BadInput of(String field, String key, Object... args) {
    return new BadInput(field, Messages.text(key, args));
  }

  /**
   * Several refusals of one submission at once, so the person corrects everything in one go: the first
   * field is the one pointed at, every reason is said (each naming its field).
   */
  public static BadInput all(java.util.List<BadInput> refusals) {
    if (refusals.size() == 1) {
      return refusals.get(0);
    }
    String every = String.join("; ", refusals.stream().map(BadInput::getMessage).toList());
    return new BadInput(refusals.get(0).field(), every, every);
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
