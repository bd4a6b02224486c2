package io.github.dsalab.lab.timing;

/**
 * The JMH timing pass produced no usable results. The lab stops with a non-zero exit code rather
 * than print a table with empty timing columns, which a learner would take for a measurement.
 */
public final class TimingFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  TimingFailedException(String message) {
    super(message);
  }

  TimingFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
