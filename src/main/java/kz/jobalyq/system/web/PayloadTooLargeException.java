package kz.jobalyq.system.web;

/** An upload larger than the limit: our API answers 413 with the limit. */
public class PayloadTooLargeException extends RuntimeException {

  private final long maxBytes;

  public PayloadTooLargeException(String message, long maxBytes) {
    super(message);
    this.maxBytes = maxBytes;
  }

  public long getMaxBytes() {
    return maxBytes;
  }
}
