package io.github.dsalab.lab.ratios;

/** JMH could not measure a pair: it failed, returned no result, or its lock never came free. */
public final class RatioRunException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   */
  public RatioRunException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what failed
   * @param cause the failure underneath
   */
  public RatioRunException(String message, Throwable cause) {
    super(message, cause);
  }
}
