package io.github.dsalab.exercises.gate;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where the complexity gate is working, told to whoever listens: the forked JVM passes it on to
 * the checker, so that a loop, an overflow or an exit in the learner's code is reported with the
 * input family and size that was running ({@code sorted input, n = 4096}).
 *
 * <pre>
 * GateProgress.listen(where -> System.err.println("gate: " + where));
 * ComplexityGate.measure(learner, reference, gate, limit);   // "gate: shuffled input, n = 64" ...
 * </pre>
 */
public final class GateProgress {
  private static volatile Consumer<String> listener = where -> { };

  private GateProgress() {}

  /**
   * Sends every later position of the gate to {@code listener} (one listener per JVM: the last
   * one set).
   *
   * @param listener told each position, e.g. {@code sorted input, n = 4096}
   * @throws NullPointerException if {@code listener} is null
   */
  public static void listen(Consumer<String> listener) {
    GateProgress.listener = Objects.requireNonNull(listener, "listener");
  }

  /** Reports that the gate now works at {@code where}. */
  static void at(String where) {
    listener.accept(where);
  }
}
