package io.github.dsalab.exercises.checker;

import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.TimedCall;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * The gate's second measure, for work the counted operations cannot see (a scan over every
 * vertex for the closest one, copying, re-sorting): the learner's workload and the reference
 * solution's are timed on one large input, alternately, and the fastest runs compared. It fails only
 * when the learner's fastest run is more than {@link #MARGIN} times the reference's, a margin so wide
 * that noise cannot reach it while a quadratic scan against a linear one misses it by orders of
 * magnitude.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>step</th><th>time</th></tr>
 *   <tr><td>{@code run}</td><td>{@code (1 + ROUNDS)} runs of each side; a learner run is stopped
 *   at {@code CAP × MARGIN} times the reference's fastest run</td></tr>
 * </table>
 *
 * <pre>{@code
 * GateTiming.Result result = GateTiming.run(learner, reference, gate, deadline);
 * if (result.failed()) { ... result.message(gate) ... }
 * }</pre>
 */
final class GateTiming {
  /**
   * How many times slower than the reference a learner may be. Observed fastest-run ratios on this 2-core
   * machine (see GateMutantsTest's report): reference against itself 0.6× to 1.7×; near-miss
   * O(V²) and O(n²)-copying mutants 60× to several hundred ×.
   */
  static final double MARGIN = 20;
  /** Timed rounds, each a run of the reference then one of the learner; the fastest of each side counts. */
  static final int ROUNDS = 3;
  /** A learner run is stopped once it takes this many margins of the reference's fastest run. */
  static final double CAP = 3;
  /** The shortest a learner run is allowed before it is stopped, whatever the reference took. */
  static final Duration MINIMUM_CAP = Duration.ofMillis(400);

  private GateTiming() {}

  /**
   * The timing's outcome.
   *
   * @param family the input family timed
   * @param n its size
   * @param learnerNanos the learner's fastest run (or the cap, if stopped)
   * @param referenceNanos the reference's fastest run
   * @param stopped whether a learner run was stopped at the cap
   */
  record Result(InputFamily family, int n, long learnerNanos, long referenceNanos, boolean stopped) {
    double ratio() {
      return (double) learnerNanos / Math.max(1, referenceNanos);
    }

    boolean failed() {
      return stopped || ratio() > MARGIN;
    }

    String line() {
      return String.format(Locale.ROOT, "timed on %s, n = %,d: yours %s%s, reference %s (%s%.1f×; the gate "
          + "fails above %.0f×)", family.description(), n, stopped ? "more than " : "", duration(learnerNanos),
          duration(referenceNanos), stopped ? "more than " : "", ratio(), MARGIN);
    }

    String message(GateSpec gate) {
      return String.format(Locale.ROOT, "correct, but on %s of size %,d your code took %s%s where the reference "
          + "solution takes %s (%s%.0f×, and only %.0f× is allowed). The %s it counts look fine, so the time goes "
          + "into work they do not see: a scan over everything inside the main loop, copying, or sorting again.",
          family.description(), n, stopped ? "more than " : "", duration(learnerNanos), duration(referenceNanos),
          stopped ? "more than " : "", ratio(), MARGIN, gate.counts());
    }
  }

  static String duration(long nanos) {
    if (nanos >= 1_000_000_000L) {
      return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
    return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
  }

  static Result run(SpecLoader learner, SpecLoader reference, GateSpec gate, long deadline)
      throws ExecutionException {
    GateSpec.Timing timing = gate.timing().orElseThrow();
    Method learnerWorkload = workload(learner.load(), gate);
    Method referenceWorkload = workload(reference.load(), gate);
    long[] learnerTimes = new long[ROUNDS];
    long[] referenceTimes = new long[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      referenceTimes[round] = timed(referenceWorkload, timing, ComplexityGate.remaining(deadline))
          .orElseThrow(() -> new IllegalStateException("the reference solution did not finish its timing in time"));
      long referenceSoFar = fastest(Arrays.copyOf(referenceTimes, round + 1));
      long cap = Math.max(MINIMUM_CAP.toNanos(), (long) (CAP * MARGIN * referenceSoFar));
      Duration limit = Duration.ofNanos(Math.min(cap, ComplexityGate.remaining(deadline).toNanos()));
      Optional<Long> time = timed(learnerWorkload, timing, limit);
      if (time.isEmpty()) {
        return new Result(timing.family(), timing.size(), limit.toNanos(), referenceSoFar, true);
      }
      learnerTimes[round] = time.get();
    }
    return new Result(timing.family(), timing.size(), fastest(learnerTimes), fastest(referenceTimes), false);
  }

  private static Method workload(Class<?> spec, GateSpec gate) {
    return ComplexityGate.workloads(spec, gate).get(gate.timing().orElseThrow().family());
  }

  /** One timed run: the workload's {@link TimedCall}, or the whole workload if it has none. */
  private static Optional<Long> timed(Method workload, GateSpec.Timing timing, Duration limit)
      throws ExecutionException {
    return TimeLimit.run("gate timing", limit, workload.getDeclaringClass().getClassLoader(), () -> {
      TimedCall.lastNanos();
      long start = System.nanoTime();
      ComplexityGate.invoke(workload, timing.family(), timing.size());
      long whole = System.nanoTime() - start;
      long call = TimedCall.lastNanos();
      return call >= 0 ? call : whole;
    });
  }

  /**
   * The fastest of a side's runs: noise (another process, a garbage collection, the JIT still
   * compiling) only ever adds time, so the minimum is the steadiest estimate of the code's own.
   */
  private static long fastest(long[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }

}
