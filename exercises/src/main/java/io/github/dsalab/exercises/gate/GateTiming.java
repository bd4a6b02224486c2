package io.github.dsalab.exercises.gate;

import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.TimedCall;
import io.github.dsalab.exercises.track.GateSpec;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * The gate's second measure, for work the counted operations cannot see (a scan over every
 * vertex for the closest one, copying, re-sorting): the learner's workload and the reference
 * solution's are timed on one large input, alternately, and the fastest runs compared. A run's
 * time is the processor time of the thread that ran it, so a busy machine slows neither side. It fails only
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
   * How many times slower than the reference a learner may be. Fastest-run ratios observed with
   * ./lab check on this 2-core machine while it ran at a load average of about 17: the reference
   * solutions against themselves 0.3× to 13.7× (7 timed exercises); the near-miss mutants (an
   * O(V²) scan for the closest vertex, a visited list, colours in a linked list, remove(0) from
   * an ArrayList) were all stopped at the cap, more than 30×. A ratio above half the margin is
   * confirmed with {@link #CONFIRMING} more rounds before anyone fails.
   */
  static final double MARGIN = 20;
  /** Timed rounds, each a run of the reference then one of the learner; the fastest of each side counts. */
  static final int ROUNDS = 3;
  /** Extra rounds run when the first ones put the learner above half the margin, before a verdict. */
  static final int CONFIRMING = 4;
  /** A learner run is stopped once it takes this many margins of the reference's fastest run. */
  static final double CAP = 1.5;
  /**
   * How many caps of wall time a learner run gets before it is stopped: the times compared are
   * each run's processor time (its own thread's), but a run is stopped by the wall clock.
   */
  static final long WALL_PER_CAP = 3;
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
    long[] learnerTimes = new long[ROUNDS + CONFIRMING];
    long[] referenceTimes = new long[ROUNDS + CONFIRMING];
    int rounds = ROUNDS;
    for (int round = 0; round < rounds; round++) {
      referenceTimes[round] = timed(referenceWorkload, timing, ComplexityGate.remaining(deadline))
          .orElseThrow(() -> new IllegalStateException("the reference solution did not finish its timing in time"));
      long referenceSoFar = fastest(Arrays.copyOf(referenceTimes, round + 1));
      long cap = Math.max(MINIMUM_CAP.toNanos(), (long) (CAP * MARGIN * referenceSoFar));
      // The cap is processor time, the stop wall time: a run is stopped only when even the wall
      // clock has passed the cap WALL_PER_CAP times, which a busy machine alone does not reach.
      Duration limit = Duration.ofNanos(Math.min(WALL_PER_CAP * cap, ComplexityGate.remaining(deadline).toNanos()));
      Optional<Long> time = timed(learnerWorkload, timing, limit);
      if (time.isEmpty()) {
        return new Result(timing.family(), timing.size(), cap, referenceSoFar, true);
      }
      learnerTimes[round] = time.get();
      boolean suspicious = fastest(Arrays.copyOf(learnerTimes, round + 1)) > MARGIN / 2 * referenceSoFar;
      if (round == ROUNDS - 1 && suspicious) {
        // Before failing anyone, make sure: more rounds, so that a side unlucky with the machine
        // three times in a row gets more chances at its true speed.
        rounds = ROUNDS + CONFIRMING;
      }
    }
    return new Result(timing.family(), timing.size(), fastest(Arrays.copyOf(learnerTimes, rounds)),
        fastest(Arrays.copyOf(referenceTimes, rounds)), false);
  }

  private static Method workload(Class<?> spec, GateSpec gate) {
    return ComplexityGate.workloads(spec, gate).get(gate.timing().orElseThrow().family());
  }

  /** One timed run: the workload's {@link TimedCall}, or the whole workload if it has none. */
  private static Optional<Long> timed(Method workload, GateSpec.Timing timing, Duration limit)
      throws ExecutionException {
    return TimeLimit.run("gate timing", limit, workload.getDeclaringClass().getClassLoader(), () -> {
      GateProgress.at("timing " + timing.family().description() + ", n = " + timing.size());
      TimedCall.lastNanos();
      long start = TimedCall.threadNanos();
      ComplexityGate.invoke(workload, timing.family(), timing.size());
      long whole = TimedCall.threadNanos() - start;
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
