package io.github.dsalab.exercises.checker;

import io.github.dsalab.exercises.support.Workload;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * The complexity gate: runs the spec's {@link Workload} (the learner's code on inputs of growing
 * size, through a counting wrapper), fits the counts to a complexity class and compares the
 * verdict with the class the exercise expects.
 *
 * <p>It fails only when the fit confidently says the code grows faster than expected; a verdict
 * the fitter calls ambiguous passes with a warning unless every candidate is too slow, so a
 * correct solution is never failed on a hunch.
 */
final class ComplexityGate {
  private ComplexityGate() {}

  /** Thrown when the workload does not finish in time; carries the size it was working on. */
  static final class TooSlow extends Exception {
    private static final long serialVersionUID = 1L;
    final int size;

    TooSlow(int size) {
      super("workload at n = " + size + " did not finish in time");
      this.size = size;
    }
  }

  static GateVerdict measure(Class<?> spec, GateSpec gate, Duration limit)
      throws TooSlow, ExecutionException {
    Method workload = workloadOf(spec);
    List<Integer> sizes = gate.sizes();
    double[] n = new double[sizes.size()];
    double[] counts = new double[sizes.size()];
    long deadline = System.nanoTime() + limit.toNanos();
    for (int i = 0; i < sizes.size(); i++) {
      int size = sizes.get(i);
      Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
      Optional<Long> count = TimeLimit.run("gate " + spec.getSimpleName(), left, spec.getClassLoader(), () -> {
        try {
          return (Long) workload.invoke(null, size);
        } catch (InvocationTargetException e) {
          throw rethrowable(e.getCause());
        }
      });
      if (count.isEmpty()) {
        throw new TooSlow(size);
      }
      n[i] = size;
      counts[i] = count.get();
    }
    return judge(gate, n, counts);
  }

  static GateVerdict judge(GateSpec gate, double[] n, double[] counts) {
    StringBuilder table = new StringBuilder();
    for (int i = 0; i < n.length; i++) {
      table.append(String.format(java.util.Locale.ROOT, "n = %,9d  ->  %,15d %s%n",
          (long) n[i], (long) counts[i], gate.counts()));
    }
    GrowthFit fit = GrowthFit.of(n, counts);
    int expected = GrowthFit.rankOf(gate.expected());
    int best = fit.bestRank();
    int slowest = Math.max(best, fit.runnerUpRank().orElse(best));
    int fastest = Math.min(best, fit.runnerUpRank().orElse(best));
    String measured = fit.describe();
    if (fastest > expected) {
      return new GateVerdict(GateVerdict.Kind.FAIL, measured, "correct, but measured " + measured
          + " where " + gate.expected() + " is expected (counting " + gate.counts() + " on "
          + gate.input() + ").", table.toString());
    }
    if (slowest > expected) {
      return new GateVerdict(GateVerdict.Kind.WARN, measured, "the measured growth is ambiguous ("
          + measured + "); " + gate.expected() + " is expected. Passing, but have a look.", table.toString());
    }
    return new GateVerdict(GateVerdict.Kind.PASS, measured, "measured " + measured + " ("
        + gate.expected() + " expected).", table.toString());
  }

  private static Exception rethrowable(Throwable cause) {
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return (Exception) cause;
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
