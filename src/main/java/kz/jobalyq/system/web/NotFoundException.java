package kz.jobalyq.system.web;

/** A record asked for by its number or id does not exist: our API answers 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
