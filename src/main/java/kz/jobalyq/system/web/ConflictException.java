package kz.jobalyq.system.web;

/** A request that is well-formed but refused in the record's current state: answered with 409 and why. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
