package io.github.dsalab.exercises.checker;

import io.github.dsalab.complexity.ComplexityClass;
import io.github.dsalab.complexity.GrowthMeasurement;
import io.github.dsalab.complexity.Verdict;
import io.github.dsalab.exercises.support.Budget;
import io.github.dsalab.exercises.support.Workload;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The complexity gate: runs the spec's {@link Workload} (the learner's code on inputs of growing
 * size, through a counting wrapper), fits the counts to a complexity class and compares the
 * verdict with the class the exercise expects.
 *
 * <p>The measurement and the fit are the complexity lab's ({@link GrowthMeasurement}, which fits
 * with its {@code ComplexityFitter}). The gate fails only when the
 * verdict says the code grows faster than expected ({@link Verdict#growsNoFasterThan}); an
 * ambiguous verdict with one candidate within the bound passes with a warning, so a correct
 * solution is never failed on a hunch.
 */
final class ComplexityGate {
  /**
   * How far above the bound's exponent the fitted exponent's lower confidence limit must be to
   * fail: half a power of n, well above the drift lower-order terms and log factors cause.
   */
  static final double EXPONENT_SLACK = 0.5;

  private ComplexityGate() {}

  /** Thrown when the workload does not finish in time; carries the size it was working on. */
  static final class TooSlow extends Exception {
    private static final long serialVersionUID = 1L;
    final int size;

    TooSlow(int size, String what) {
      super("at n = " + size + " " + what);
      this.size = size;
    }
  }

  /**
   * Measures the learner's growth.
   *
   * @param learner loads the spec compiled against the learner's implementation
   * @param reference loads the spec compiled against the reference solution (to compare with)
   */
  static GateVerdict measure(SpecLoader learner, SpecLoader reference, GateSpec gate, Duration limit)
      throws TooSlow, ExecutionException {
    Class<?> spec = learner.load();
    Method workload = workloadOf(spec);
    int[] sizes = gate.sizes().stream().mapToInt(Integer::intValue).toArray();
    // Counts are deterministic (fixed seeds), so one run per size is enough; the input factory
    // only passes n through, since each workload builds its own input.
    GrowthMeasurement<Integer> measurement = GrowthMeasurement.<Integer>of((n, random) -> n)
        .sizes(sizes).repetitions(1);
    AtomicInteger current = new AtomicInteger(sizes[0]);
    Optional<Verdict> verdict;
    try {
      verdict = TimeLimit.run("gate " + spec.getSimpleName(), limit, spec.getClassLoader(),
          () -> measurement.countOperations(n -> {
            current.set(n);
            ForkedCheck.gateAt("n = " + n);
            try {
              // Fresh classes for every size: no static state survives from one size to the next.
              return (Long) workloadOf(learner.load()).invoke(null, n);
            } catch (InvocationTargetException e) {
              throw sneaky(e.getCause());
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          }));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Budget.Exceeded) {
        throw new TooSlow(current.get(), String.format(Locale.ROOT, "it needed more than %,d %s",
            Budget.LIMIT, gate.counts()));
      }
      throw e;
    }
    if (verdict.isEmpty()) {
      throw new TooSlow(current.get(), "it did not finish within " + limit.toSeconds() + " s");
    }
    return judge(gate, verdict.get());
  }

  static GateVerdict judge(GateSpec gate, Verdict verdict) {
    StringBuilder table = new StringBuilder();
    for (int i = 0; i < verdict.sizes().length; i++) {
      table.append(String.format(Locale.ROOT, "n = %,9d  ->  %,15d %s%n",
          verdict.sizes()[i], (long) verdict.medians()[i], gate.counts()));
    }
    ComplexityClass expected = classOf(gate.expected());
    String measured = verdict.toString();
    if (!verdict.growsNoFasterThan(expected)) {
      return new GateVerdict(GateVerdict.Kind.FAIL, measured, "correct, but measured " + measured
          + " where " + expected + " is expected (counting " + gate.counts() + " on "
          + gate.input() + ").", table.toString());
    }
    // The classes stop at n³, so n⁴ would be fitted as O(n³): for polynomial bounds the fitted
    // log-log exponent is checked too, and must not be clearly above the bound's.
    OptionalDouble bound = polynomialExponent(expected);
    if (bound.isPresent() && verdict.exponentLower() > bound.getAsDouble() + EXPONENT_SLACK) {
      String grows = String.format(Locale.ROOT, "about n^%.1f (exponent %.2f to %.2f)",
          verdict.exponent(), verdict.exponentLower(), verdict.exponentUpper());
      return new GateVerdict(GateVerdict.Kind.FAIL, grows, "correct, but measured " + grows
          + " where " + expected + " is expected (counting " + gate.counts() + " on "
          + gate.input() + ").", table.toString());
    }
    boolean oneCandidateTooFast = verdict.isAmbiguous() && (verdict.best().growsFasterThan(expected)
        || verdict.runnerUp().map(other -> other.growsFasterThan(expected)).orElse(false));
    if (oneCandidateTooFast) {
      return new GateVerdict(GateVerdict.Kind.WARN, measured, "the measured growth is " + measured
          + " and " + expected + " is expected: passing, but look again at your loops.", table.toString());
    }
    return new GateVerdict(GateVerdict.Kind.PASS, measured, "measured " + measured + " ("
        + expected + " expected).", table.toString());
  }

  /** The log-log exponent of a polynomial class, if it is one. */
  static OptionalDouble polynomialExponent(ComplexityClass complexityClass) {
    switch (complexityClass) {
      case CONSTANT:
      case LOGARITHMIC:
        return OptionalDouble.of(0);
      case SQUARE_ROOT:
        return OptionalDouble.of(0.5);
      case LINEAR:
      case N_LOG_N:
        return OptionalDouble.of(1);
      case QUADRATIC:
        return OptionalDouble.of(2);
      case CUBIC:
        return OptionalDouble.of(3);
      default:
        return OptionalDouble.empty();
    }
  }

  /** Reads a class as the manifest writes it, e.g. {@code O(n log n)}, {@code O(n²)} or {@code O(n^2)}. */
  static ComplexityClass classOf(String label) {
    for (ComplexityClass candidate : ComplexityClass.values()) {
      if (candidate.displayName().equals(label.strip()) || candidate.asciiName().equals(label.strip())) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("unknown complexity class " + label + "; valid: "
        + java.util.Arrays.toString(ComplexityClass.values()));
  }

  /** Rethrows what the learner's code threw, unchanged, through the measurement's lambda. */
  private static RuntimeException sneaky(Throwable cause) {
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    if (cause instanceof RuntimeException) {
      throw (RuntimeException) cause;
    }
    return new IllegalStateException(cause);
  }

  static Method workloadOf(Class<?> spec) {
    for (Method method : spec.getDeclaredMethods()) {
      if (method.isAnnotationPresent(Workload.class)) {
        if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != long.class
            || method.getParameterCount() != 1 || method.getParameterTypes()[0] != int.class) {
          throw new IllegalStateException(spec.getName() + "." + method.getName()
              + ": a @Workload method must be static long name(int n)");
        }
        method.setAccessible(true);
        return method;
      }
    }
    throw new IllegalStateException(spec.getName() + " has no @Workload method but its exercise is gated");
  }
}
