package io.github.dsalab.lab.results;

import java.util.List;

/**
 * Everything one run of the lab produced, as the table, the HTML report and the JSON share it.
 *
 * @param rows one per (algorithm, input shape)
 * @param seed the seed of the count suite's inputs
 * @param timingSettings how JMH ran (forks, iterations), or an empty string for a counts-only run
 * @param countSeconds wall time of the count suite
 * @param timingSeconds wall time of the timing pass (0 when skipped)
 * @param notes warnings worth a reader's attention (a budget overrun, a missing benchmark)
 */
public record LabResults(List<LabRow> rows, long seed, String timingSettings, double countSeconds,
    double timingSeconds, List<String> notes) {
  public LabResults {
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }
}
