package io.github.dsalab.lab.results;

import io.github.dsalab.complexity.ComplexityClass;
import io.github.dsalab.complexity.GrowthClass;
import java.util.Locale;

/**
 * How a row's timing verdict relates to its count verdict. Counts are exact, so they decide the
 * class; a timing that disagrees is shown as "inconsistent" with the likely cause, because that
 * disagreement is itself worth learning from: real machines have caches and a JIT compiler.
 *
 * @param state the relation
 * @param cause the likely cause of an inconsistency, or an empty string
 */
public record Consistency(State state, String cause) {
  /** A row's timing relation. */
  public enum State {
    /** No timing was taken for this row. */
    NOT_TIMED,
    /** The timing verdict names the count verdict's class (possibly as one side of an ambiguity). */
    CONSISTENT,
    /** The timing verdict is a different class from the count verdict. */
    INCONSISTENT
  }

  /** Working sets beyond this many bytes spill out of the fast per-core caches (L1 and L2). */
  static final long TYPICAL_CACHE_BYTES = 1L << 20;

  public static Consistency notTimed() {
    return new Consistency(State.NOT_TIMED, "");
  }

  /**
   * Compares the two verdicts and, when they disagree, names the likely cause from the direction
   * of the disagreement and the working set at the largest size.
   *
   * @param countClass the class the counts say the timing should show
   * @param countRunnerUp the other class when the count verdict is ambiguous, else null
   * @param timings the timing verdict (one size, so its classes are {@link ComplexityClass}es)
   * @param largestWorkingSetBytes the input's approximate size in memory at the largest timed size
   */
  public static Consistency compare(ComplexityClass countClass, ComplexityClass countRunnerUp, FitView timings,
      long largestWorkingSetBytes) {
    boolean agrees = timings.admits(countClass) || (countRunnerUp != null && timings.admits(countRunnerUp));
    if (agrees) {
      return new Consistency(State.CONSISTENT, "");
    }
    String cause;
    if (oneSize(timings.best()).growsFasterThan(countClass)) {
      cause = largestWorkingSetBytes > TYPICAL_CACHE_BYTES
          ? String.format(Locale.ROOT,
              "cache: at the largest sizes the data (~%s) no longer fits in the fast caches, so each"
                  + " memory access, and with it each operation, gets slower as n grows", bytes(largestWorkingSetBytes))
          : "memory and GC: allocation or cache misses grow with n faster than the operation count";
    } else {
      cause = "JIT and fixed costs: at small n the time is dominated by per-call overhead and"
          + " code that is not yet fully compiled, which flattens the curve";
    }
    return new Consistency(State.INCONSISTENT, cause);
  }

  /**
   * {@link #compare(ComplexityClass, ComplexityClass, FitView, long)} for a one-size count fit.
   *
   * @throws IllegalArgumentException if the count fit has two sizes (such as V and E): a timing
   *     over one size cannot agree or disagree with it, so its row must name the class to expect
   */
  public static Consistency compare(FitView counts, FitView timings, long largestWorkingSetBytes) {
    return compare(oneSize(counts.best()), counts.ambiguous() ? oneSize(counts.runnerUp()) : null, timings,
        largestWorkingSetBytes);
  }

  private static ComplexityClass oneSize(GrowthClass growth) {
    if (growth instanceof ComplexityClass oneSize) {
      return oneSize;
    }
    throw new IllegalArgumentException(growth + " has two sizes; a one-size timing cannot be compared with it");
  }

  private static String bytes(long bytes) {
    if (bytes >= 1L << 20) {
      return (bytes >> 20) + " MiB";
    }
    return (bytes >> 10) + " KiB";
  }
}
