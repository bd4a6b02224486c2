package io.github.dsalab.lab.counts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dsalab.complexity.GrowthClass;
import io.github.dsalab.lab.reports.TerminalTable;
import io.github.dsalab.lab.results.CountExperiment;
import io.github.dsalab.lab.results.FitView;
import io.github.dsalab.lab.results.LabRow;
import io.github.dsalab.lab.results.Progress;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The count suite's acceptance test: every row of the lab's catalogue (every dsa-core algorithm on
 * every input shape) gets exactly the class theory predicts, confidently, from its exact counts.
 */
class CountVerdictsTest {

  private static Map<String, LabRow> rows;

  @BeforeAll
  static void countEverything() {
    rows = CountSuite.run(Catalogue.all(), 2, Progress.silent()).stream()
        .collect(Collectors.toMap(row -> row.experiment().key(), Function.identity()));
  }

  static Stream<String> keys() {
    return Catalogue.all().stream().map(CountExperiment::key);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void countVerdictIsTheExpectedClass(String key) {
    LabRow row = rows.get(key);
    FitView fit = row.counts().fit();
    GrowthClass expected = row.experiment().expected();
    assertTrue(fit.confirms(expected), key + ": counts say " + fit.verdict() + " (exponent "
        + TerminalTable.exponent(fit) + "), theory says " + expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void countsSpanAtLeastNineDoublingsOrAGrid(String key) {
    List<CountExperiment.Size> sizes = rows.get(key).experiment().sizes();
    double smallest = sizes.stream().mapToDouble(s -> s.n() + s.m()).min().orElseThrow();
    double largest = sizes.stream().mapToDouble(s -> s.n() + s.m()).max().orElseThrow();
    assertTrue(sizes.size() >= 9 && largest / smallest >= 256 - 1e-9,
        key + ": " + sizes.size() + " sizes spanning " + largest / smallest + "x");
  }
}
