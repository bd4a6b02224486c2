package io.github.dsalab.exercises.gate;

import io.github.dsalab.complexity.ComplexityClass;
import io.github.dsalab.complexity.ComplexityFitter;
import io.github.dsalab.complexity.Verdict;
import io.github.dsalab.exercises.support.Budget;
import io.github.dsalab.exercises.support.InputFamily;
import io.github.dsalab.exercises.support.Workload;
import io.github.dsalab.exercises.track.GateSpec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The complexity gate: runs the spec's {@link Workload}s (the learner's code on inputs of growing
 * size, of every input family the manifest lists, through a counting wrapper), fits the counts of
 * each family to a complexity class, compares each verdict with the class the exercise expects,
 * and judges the worst. Beside each count it puts the reference solution's count on the same
 * input.
 *
 * <p>Two more measures catch what per-family counts miss: a {@link GateTiming timing} against
 * the reference solution on one large input (for work the counters cannot see), and a
 * {@link InputSearch search for bad inputs} (for comparison-based exercises).
 *
 * <p>The measurement and the fit are the complexity lab's ({@link ComplexityFitter}). A family
 * fails only when its verdict says the code grows faster than expected
 * ({@link Verdict#growsNoFasterThan}); an ambiguous verdict with one candidate within the bound
 * passes with a warning, so a correct solution is never failed on a hunch.
 */
public final class ComplexityGate {
  /**
   * How far above the bound's exponent the fitted exponent's lower confidence limit must be to
   * fail: half a power of n, well above the drift lower-order terms and log factors cause.
   */
  static final double EXPONENT_SLACK = 0.5;

  private ComplexityGate() {}

  /** Thrown when the workload does not finish in time; carries the size it was working on. */
  public static final class TooSlow extends Exception {
    private static final long serialVersionUID = 1L;
    final int size;
    final transient InputFamily family;

    TooSlow(int size, InputFamily family, String what) {
      super("on " + family.description() + " at n = " + size + " " + what);
      this.size = size;
      this.family = family;
    }
  }

  /**
   * Measures the learner's growth on every family of the gate, and judges the worst.
   *
   * @param learner loads the spec compiled against the learner's implementation (once per
   *     family and size)
   * @param reference loads the spec compiled against the reference solution (to compare with)
   * @param gate what to measure
   * @param limit the time all measurements together may take
   * @throws TooSlow if the learner's code did not finish a workload in time or within the budget
   * @throws ExecutionException if the learner's code threw
   */
  static GateVerdict measure(SpecLoader learner, SpecLoader reference, GateSpec gate, Duration limit)
      throws TooSlow, ExecutionException {
    return measure(learner, reference, Optional.empty(), gate, limit);
  }

  /**
   * The reference's counts already measured in this JVM, by reference folder and family: they
   * depend only on the reference's classes and the family's fixed sizes and seeds, so a shared
   * run that checks many implementations of one exercise counts the reference once.
   */
  private static final Map<String, long[]> REFERENCE_COUNTS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * As {@link #measure(SpecLoader, SpecLoader, GateSpec, Duration)}; when {@code referenceKey}
   * names the reference's compiled folder, its counts are measured once per JVM and family.
   */
  public static GateVerdict measure(SpecLoader learner, SpecLoader reference, Optional<String> referenceKey,
      GateSpec gate, Duration limit) throws TooSlow, ExecutionException {
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    List<Judged> judged = new ArrayList<>();
    for (InputFamily family : gate.families()) {
      long[] learnerCounts = counts(learner, family, gate, deadline, limit);
      String key = referenceKey.map(folder -> folder + "|" + family.key() + "|" + gate.sizes(family)).orElse(null);
      long[] referenceCounts = key == null ? null : REFERENCE_COUNTS.get(key);
      if (referenceCounts == null) {
        try {
          // The reference gets its own time: a slow learner must not make it look slow.
          referenceCounts = counts(reference, family, gate, System.nanoTime() + limit.toNanos(), limit);
        } catch (TooSlow e) {
          throw new IllegalStateException("the reference solution " + e.getMessage(), e);
        }
        if (key != null) {
          REFERENCE_COUNTS.put(key, referenceCounts.clone());
        }
      } else {
        referenceCounts = referenceCounts.clone();
      }
      judged.add(judgeFamily(gate, family, learnerCounts, referenceCounts));
      if (judged.get(judged.size() - 1).kind == GateVerdict.Kind.FAIL) {
        // One failing family decides; measuring the others would only make the learner wait.
        break;
      }
    }
    Judged worst = worst(judged);
    List<GateVerdict.FamilyResult> families = new ArrayList<>();
    for (Judged family : judged) {
      families.add(family.result(family == worst));
    }
    String table = table(gate, judged, worst);
    if (judged.size() < gate.families().size()) {
      table += "not measured after that failure: " + gate.families().subList(judged.size(), gate.families().size())
          .stream().map(InputFamily::key).collect(java.util.stream.Collectors.joining(", ")) + "\n";
    }
    if (worst.kind == GateVerdict.Kind.FAIL) {
      return new GateVerdict(GateVerdict.Kind.FAIL, worst.measured, worst.message, table, families,
          Optional.empty());
    }
    table += String.format(Locale.ROOT, "(counting took %.2f s)%n", (System.nanoTime() - start) / 1e9);
    if (gate.timing().isPresent()) {
      long timingStart = System.nanoTime();
      GateTiming.Result timing = GateTiming.run(learner, reference, gate, deadline);
      table += timing.line() + String.format(Locale.ROOT, " (took %.2f s)%n", (System.nanoTime() - timingStart) / 1e9);
      if (timing.failed()) {
        return new GateVerdict(GateVerdict.Kind.FAIL, worst.measured, timing.message(gate), table,
            families, Optional.empty());
      }
    }
    if (gate.searchSize().isPresent()) {
      long searchStart = System.nanoTime();
      InputSearch.Result search = InputSearch.run(learner, reference, gate, deadline);
      table += search.lines() + String.format(Locale.ROOT, "(the search took %.2f s)%n",
          (System.nanoTime() - searchStart) / 1e9);
      if (search.failed()) {
        return new GateVerdict(GateVerdict.Kind.FAIL, worst.measured, search.message(gate), table,
            families, Optional.empty());
      }
    }
    return new GateVerdict(worst.kind, worst.measured, worst.message, table, families, Optional.empty());
  }

  /** The counts of one family at every size, each size on a freshly loaded spec. */
  private static long[] counts(SpecLoader loader, InputFamily family, GateSpec gate, long deadline,
      Duration limit) throws TooSlow, ExecutionException {
    int[] sizes = sizes(gate, family);
    AtomicInteger current = new AtomicInteger(sizes[0]);
    Optional<long[]> counts;
    try {
      counts = TimeLimit.run("gate " + family, remaining(deadline), ComplexityGate.class.getClassLoader(),
          () -> {
            long[] result = new long[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
              current.set(sizes[i]);
              GateProgress.at(family.description() + ", n = " + sizes[i]);
              // Fresh classes for every size: no static state survives from one size to the next.
              Class<?> spec = loader.load();
              Thread.currentThread().setContextClassLoader(spec.getClassLoader());
              result[i] = invoke(workloads(spec, gate).get(family), family, sizes[i]);
            }
            return result;
          });
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Budget.Exceeded) {
        throw new TooSlow(current.get(), family, String.format(Locale.ROOT, "it needed more than %,d %s",
            Budget.LIMIT, gate.counts()));
      }
      throw e;
    }
    if (counts.isEmpty()) {
      throw new TooSlow(current.get(), family, "it did not finish within " + limit.toSeconds() + " s");
    }
    return counts.get();
  }

  static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(1_000_000L, deadline - System.nanoTime()));
  }

  static int[] sizes(GateSpec gate, InputFamily family) {
    return gate.sizes(family).stream().mapToInt(Integer::intValue).toArray();
  }

  /** Calls a workload, rethrowing what the learner's code threw. */
  static long invoke(Method workload, InputFamily family, int n) {
    try {
      Object count = workload.getParameterCount() == 1 ? workload.invoke(null, n)
          : workload.invoke(null, family, n);
      return (Long) count;
    } catch (InvocationTargetException e) {
      throw sneaky(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One family's counts, fitted and judged. */
  private static final class Judged {
    final InputFamily family;
    final GateVerdict.Kind kind;
    final String measured;
    final String message;
    final double exponent;
    final List<GateVerdict.Point> points;

    Judged(InputFamily family, GateVerdict.Kind kind, String measured, String message, double exponent,
        List<GateVerdict.Point> points) {
      this.family = family;
      this.kind = kind;
      this.measured = measured;
      this.message = message;
      this.exponent = exponent;
      this.points = points;
    }

    GateVerdict.FamilyResult result(boolean deciding) {
      return new GateVerdict.FamilyResult(family, kind, measured, points, deciding);
    }
  }

  private static Judged judgeFamily(GateSpec gate, InputFamily family, long[] learner, long[] reference) {
    int[] sizes = sizes(gate, family);
    List<GateVerdict.Point> points = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      points.add(new GateVerdict.Point(sizes[i], learner[i], reference[i]));
      if (reference[i] < 1) {
        throw new IllegalStateException("the reference solution counted " + reference[i] + " "
            + gate.counts() + " on " + family.description() + " at n = " + sizes[i]);
      }
    }
    for (int i = 0; i < sizes.length; i++) {
      if (learner[i] < 1) {
        // Not "too slow": nothing to judge. The fork turns this into a failure that says what to do.
        throw new IllegalStateException("the code counted " + learner[i] + " " + gate.counts() + " at n = "
            + sizes[i] + " on " + family.description());
      }
    }
    long[] n = new long[sizes.length];
    double[] values = new double[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      n[i] = sizes[i];
      values[i] = learner[i];
    }
    Verdict verdict = ComplexityFitter.fit(n, values);
    GateVerdict single = judge(gate, family, verdict);
    return new Judged(family, single.kind(), single.measured(), single.message(), verdict.exponent(), points);
  }

  /** The family that decides: a failure before a warning before a pass, then the steepest. */
  private static Judged worst(List<Judged> judged) {
    Judged worst = judged.get(0);
    for (Judged candidate : judged) {
      int bySeverity = Integer.compare(candidate.kind.ordinal(), worst.kind.ordinal());
      boolean steeper = !Double.isNaN(candidate.exponent)
          && (Double.isNaN(worst.exponent) ? false : candidate.exponent > worst.exponent);
      if (bySeverity > 0 || bySeverity == 0 && steeper) {
        worst = candidate;
      }
    }
    return worst;
  }

  /** The deciding family's counts beside the reference's, then one line per other family. */
  private static String table(GateSpec gate, List<Judged> judged, Judged worst) {
    StringBuilder table = new StringBuilder();
    table.append("on ").append(worst.family.description()).append(", counting ").append(gate.counts())
        .append(":\n");
    table.append(String.format(Locale.ROOT, "%11s  %15s  %15s  %8s%n", "n", "yours", "reference", "factor"));
    for (GateVerdict.Point point : worst.points) {
      table.append(String.format(Locale.ROOT, "%,11d  %,15d  %,15d  %7.2f×%n", point.n(), point.learner(),
          point.reference(), point.factor()));
    }
    if (judged.size() > 1) {
      table.append("every family:");
      for (Judged family : judged) {
        table.append(String.format(Locale.ROOT, "  %s %s (%s, %.2f× the reference at n = %,d)",
            family.kind == GateVerdict.Kind.PASS ? "✓" : family.kind == GateVerdict.Kind.WARN ? "!" : "✗",
            family.family.key(), family.measured, last(family.points).factor(), last(family.points).n()));
        table.append(family == judged.get(judged.size() - 1) ? "\n" : ";\n             ");
      }
    }
    return table.toString();
  }

  private static GateVerdict.Point last(List<GateVerdict.Point> points) {
    return points.get(points.size() - 1);
  }

  /** Judges one verdict as if it were the usual input's (kept for callers without families). */
  static GateVerdict judge(GateSpec gate, Verdict verdict) {
    return judge(gate, gate.families().get(0), verdict);
  }

  static GateVerdict judge(GateSpec gate, InputFamily family, Verdict verdict) {
    StringBuilder table = new StringBuilder();
    for (int i = 0; i < verdict.sizes().length; i++) {
      table.append(String.format(Locale.ROOT, "n = %,9d  ->  %,15d %s%n",
          verdict.sizes()[i], (long) verdict.medians()[i], gate.counts()));
    }
    ComplexityClass expected = classOf(gate.expected());
    String measured = verdict.toString();
    String where = family == InputFamily.TYPICAL ? "" : "on " + family.description() + " ";
    String counting = " (counting " + gate.counts() + ").";
    if (!verdict.growsNoFasterThan(expected)) {
      return new GateVerdict(GateVerdict.Kind.FAIL, measured, "correct, but " + where + "measured " + measured
          + " where " + expected + " is expected" + counting, table.toString());
    }
    // The classes stop at n³, so n⁴ would be fitted as O(n³): for polynomial bounds the fitted
    // log-log exponent is checked too, and must not be clearly above the bound's.
    OptionalDouble bound = polynomialExponent(expected);
    if (bound.isPresent() && verdict.exponentLower() > bound.getAsDouble() + EXPONENT_SLACK) {
      String grows = String.format(Locale.ROOT, "about n^%.1f (exponent %.2f to %.2f)",
          verdict.exponent(), verdict.exponentLower(), verdict.exponentUpper());
      return new GateVerdict(GateVerdict.Kind.FAIL, grows, "correct, but " + where + "measured " + grows
          + " where " + expected + " is expected" + counting, table.toString());
    }
    boolean oneCandidateTooFast = verdict.isAmbiguous() && (verdict.best().growsFasterThan(expected)
        || verdict.runnerUp().map(other -> other.growsFasterThan(expected)).orElse(false));
    if (oneCandidateTooFast) {
      return new GateVerdict(GateVerdict.Kind.WARN, measured, "the measured growth " + where + "is " + measured
          + " and " + expected + " is expected: passing, but look again at your loops.", table.toString());
    }
    return new GateVerdict(GateVerdict.Kind.PASS, measured, "measured " + measured + " ("
        + expected + " expected)" + (family == InputFamily.TYPICAL ? "." : " on every input family."),
        table.toString());
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
  static RuntimeException sneaky(Throwable cause) {
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    if (cause instanceof RuntimeException) {
      throw (RuntimeException) cause;
    }
    return new IllegalStateException(cause);
  }

  /**
   * The spec's workloads by family; they must serve exactly the gate's families, each once.
   *
   * @throws IllegalStateException if a workload is malformed, or the spec and the manifest disagree
   */
  public static Map<InputFamily, Method> workloads(Class<?> spec, GateSpec gate) {
    Map<InputFamily, Method> workloads = new EnumMap<>(InputFamily.class);
    for (Method method : spec.getDeclaredMethods()) {
      Workload workload = method.getAnnotation(Workload.class);
      if (workload == null) {
        continue;
      }
      boolean oneFamily = method.getParameterCount() == 1 && method.getParameterTypes()[0] == int.class
          && workload.value().length == 1;
      boolean anyFamily = method.getParameterCount() == 2 && method.getParameterTypes()[0] == InputFamily.class
          && method.getParameterTypes()[1] == int.class;
      if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != long.class
          || !(oneFamily || anyFamily) || workload.value().length == 0) {
        throw new IllegalStateException(spec.getName() + "." + method.getName() + ": a @Workload method must be"
            + " static long name(int n) for one family, or static long name(InputFamily family, int n)");
      }
      method.setAccessible(true);
      for (InputFamily family : workload.value()) {
        if (workloads.put(family, method) != null) {
          throw new IllegalStateException(spec.getName() + " has two @Workload methods for " + family);
        }
      }
    }
    if (!workloads.keySet().equals(java.util.EnumSet.copyOf(gate.families()))) {
      throw new IllegalStateException(spec.getName() + "'s @Workload methods measure " + workloads.keySet()
          + " but track.properties lists the families " + gate.families());
    }
    return workloads;
  }
}
