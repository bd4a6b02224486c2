package io.github.dsalab.lab.results;

import java.util.Objects;

/**
 * One row of the lab's results: an experiment, its count series and verdict, and (after the timing
 * pass) its timing series, the ratio of our time to the JDK baseline's at the largest size, and
 * whether the timing agrees with the counts.
 *
 * @param experiment what was measured
 * @param counts the fitted operation counts (the primary verdict)
 * @param timings the fitted JMH timings, or null when not timed
 * @param baselineTimings the baseline's fitted timings at the same sizes, or null
 * @param baselineRatio our median time over the baseline's at the largest timed size, or NaN
 * @param consistency how the timing verdict relates to the count verdict
 */
public record LabRow(CountExperiment experiment, Series counts, Series timings, Series baselineTimings,
    double baselineRatio,
    Consistency consistency) {

  public LabRow {
    Objects.requireNonNull(experiment, "experiment");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(consistency, "consistency");
  }

  /** A row measured by counts only. */
  public static LabRow countsOnly(CountExperiment experiment, Series counts) {
    return new LabRow(experiment, counts, null, null, Double.NaN, Consistency.notTimed());
  }

  /** Whether the count verdict is exactly the expected class, confidently. */
  public boolean countConfirmsExpected() {
    return counts.fit().confirms(experiment.expected());
  }
}
