package kz.jobalyq.system.web;

/** An upload of a type we do not accept (by its name or by its content): our API answers 415 and why. */
public class UnsupportedMediaTypeException extends RuntimeException {

  public UnsupportedMediaTypeException(String message) {
    super(message);
  }
}
