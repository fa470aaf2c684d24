package kz.jobalyq.hiring;

import kz.jobalyq.system.web.ConflictException;

/** An application for a call that does not (or no longer) accept them: answered with 409 and the reason. */
public class CallClosedException extends ConflictException {

  public CallClosedException(String message) {
    super(message);
  }
}
