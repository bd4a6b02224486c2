package io.github.dsalab.exercises.gate;

/**
 * Gives the complexity gate a spec class to measure. Each call may load the spec (and the
 * implementation it tests) afresh, in a new class loader, so that no static state one measurement
 * leaves behind (a memo table, a counter) reaches the next.
 */
@FunctionalInterface
public interface SpecLoader {
  /** The spec class, loaded for one measurement. */
  Class<?> load();
}
