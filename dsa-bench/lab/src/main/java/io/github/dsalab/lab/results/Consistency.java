package io.github.dsalab.lab.results;

import io.github.dsalab.complexity.GrowthClass;
import io.github.dsalab.lab.costs.CostProfile;
import java.util.Objects;

/**
 * How a row's timing verdict relates to its count verdict. Counts are exact, so they decide the
 * class. A timing that names another class is set against the measured cost of one operation
 * (time ÷ exact count at each timed size, beside the data's size and the machine's caches): when
 * that cost is constant or rises only as the data leaves a cache level, the counts and the caches
 * explain the timing, and the row says so in the profile's own words; otherwise the row is
 * inconsistent, with the measured figures (the machine's measured memory latency among them), not a
 * guess. A timing no class fits by itself agrees with the counts only through the measured cost.
 *
 * <pre>{@code
 * Consistency c = Consistency.compare(counts, timings, profile);
 * c.state();    // EXPLAINED_BY_COST
 * c.reason();   // "each comparison costs ~3.1 ns while the data fits in L2 and ~40 ns once ..."
 * }</pre>
 *
 * @param state the relation
 * @param reason what was measured, in one sentence (the cost profile's), or an empty string
 * @param costs the cost per operation the reason rests on
 */
public record Consistency(State state, String reason, CostProfile costs) {
  /** A row's timing relation. */
  public enum State {
    /** No timing was taken for this row. */
    NOT_TIMED,
    /**
     * The timing verdict names the count verdict's class, confidently or tied with a class within
     * a logarithmic factor of it ({@link FitView#pointsAt(GrowthClass)}).
     */
    CONSISTENT,
    /**
     * The timing verdict names another class (or none), but the measured cost per operation is
     * constant or rises only as the data leaves a cache level: time is count × that cost.
     */
    EXPLAINED_BY_COST,
    /** The timing verdict names another class, and the cost per operation does not explain it. */
    INCONSISTENT
  }

  public Consistency {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(costs, "costs");
  }

  public static Consistency notTimed() {
    return new Consistency(State.NOT_TIMED, "", CostProfile.notMeasured("not timed"));
  }

  /**
   * Compares the two verdicts and, when they disagree, asks the measured cost per operation.
   *
   * @param countClass the class the counts say the timing should show
   * @param countRunnerUp the other class when the count verdict is ambiguous, else null
   * @see FitView#pointsAt(GrowthClass)
   * @param timings the timing verdict, over the same sizes as the counts (one size, or V and E)
   * @param costs the cost per operation at the timed sizes
   */
  public static Consistency compare(GrowthClass countClass, GrowthClass countRunnerUp, FitView timings,
      CostProfile costs) {
    // A timing no class fits, or one tied between classes more than a log factor apart, agrees with
    // nothing by itself: only the measured cost can still connect it to the counts.
    boolean agrees = timings.pointsAt(countClass) || (countRunnerUp != null && timings.pointsAt(countRunnerUp));
    if (agrees) {
      return new Consistency(State.CONSISTENT, costs.explanation() == CostProfile.Explanation.NOT_MEASURED ? ""
          : costs.sentence(), costs);
    }
    if (costs.explainsTimings()) {
      return new Consistency(State.EXPLAINED_BY_COST, costs.sentence(), costs);
    }
    return new Consistency(State.INCONSISTENT, costs.sentence(), costs);
  }

  /** {@link #compare(GrowthClass, GrowthClass, FitView, CostProfile)} with the count fit's verdict. */
  public static Consistency compare(FitView counts, FitView timings, CostProfile costs) {
    return compare(counts.best(), counts.ambiguous() ? counts.runnerUp() : null, timings, costs);
  }
}
