package io.github.dsalab.lab.results;

import java.util.List;
import java.util.Objects;

/**
 * Which workload of the lab's growth benchmark times the same work as a count row, against which
 * baseline (JDK or JGraphT), at which sizes. The baseline is timed at the same sizes, so its curve
 * sits beside ours on the row's chart.
 *
 * @param workload the workload timing our code, such as {@code insertion-sort}
 * @param baseline the workload timing the baseline, or null when there is none
 * @param baselineName the baseline as a reader knows it, such as {@code Arrays.sort(T[], cmp)}, or null
 * @param sizes the sizes to time at: n (m = 0), or a graph's (V, E) grid
 * @param bytesPerItem the approximate bytes per input item (per vertex for a graph), to set the
 *     data against the caches
 * @param bytesPerArc the approximate bytes per arc of a graph, 0 otherwise
 */
public record TimingSpec(String workload, String baseline, String baselineName, List<CountExperiment.Size> sizes,
    int bytesPerItem, int bytesPerArc) {

  public TimingSpec {
    Objects.requireNonNull(workload, "workload");
    if ((baseline == null) != (baselineName == null)) {
      throw new IllegalArgumentException("a baseline needs a name and a name needs a baseline: " + baseline + ", "
          + baselineName);
    }
    sizes = List.copyOf(sizes);
    if (sizes.isEmpty()) {
      throw new IllegalArgumentException("a timing needs sizes");
    }
  }

  /** A timing over one size n. */
  public static TimingSpec of(String workload, String baseline, String baselineName, List<Integer> sizes,
      int bytesPerItem) {
    return new TimingSpec(workload, baseline, baselineName, CountExperiment.oneSize(sizes), bytesPerItem, 0);
  }

  /** A timing over a graph's (V, E) grid. */
  public static TimingSpec grid(String workload, String baseline, String baselineName,
      List<CountExperiment.Size> grid, int bytesPerVertex, int bytesPerArc) {
    return new TimingSpec(workload, baseline, baselineName, grid, bytesPerVertex, bytesPerArc);
  }

  /** Whether the sizes have two variables (a graph's V and E). */
  public boolean twoSizes() {
    return sizes.stream().anyMatch(size -> size.m() != 0);
  }

  /** The approximate bytes of the data at one size. */
  public long workingSetBytes(CountExperiment.Size size) {
    return (long) size.n() * bytesPerItem + (long) size.m() * bytesPerArc;
  }

  /** The same timing at other one-size sizes. */
  TimingSpec withSizes(List<Integer> newSizes) {
    return new TimingSpec(workload, baseline, baselineName, CountExperiment.oneSize(newSizes), bytesPerItem,
        bytesPerArc);
  }
}
