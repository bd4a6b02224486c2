package io.github.dsalab.complexity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fitter judged on measurements from outside its own model (issue 11): one-off steps, large
 * constant overheads, additive noise, heavy-tailed spikes, irregular sizes, time units from ns to
 * s, and a growth no class names, {@code n·log²n} (see {@link OutOfModelTimings}).
 *
 * <p>The fitter's thresholds were tuned on the seeds {@code 0 + cell·100003 + t} (the "tuning
 * set", 100 trials per cell); this test asserts on seeds starting at {@link #HELD_OUT_BASE}, which
 * the tuning never saw. The bar, per class over all families: at most 2% confidently wrong at every
 * σ ≤ 0.15; at least 90% confidently right at σ ≤ 0.08; at most 15% "ambiguous" or "no single class
 * fits" at σ = 0.03. For {@code n·log²n} every confident verdict is wrong, and at most 2% may be.
 *
 * <p>What the trials can resolve: a bar is asserted per class and noise level over the six
 * families pooled, {@value #TRIALS} trials each, so 240 trials. "At most 2% wrong" then allows 4;
 * no wrong verdict in 240 bounds the true rate below 1.2%, and 4 below 3.8% (one-sided 95%,
 * Clopper–Pearson): the bar is checked as observed, not proven, and the margin is in the table.
 */
class OutOfModelAccuracyTest {
  static final double[] SIGMAS = {0.03, 0.08, 0.15};
  static final int TRIALS = 40;
  /** Seeds of the asserted trials; the tuning used base 0 with the same layout. */
  static final long HELD_OUT_BASE = 7_000_000_000L;

  /** Tallies of one (truth, σ) cell, pooled over families or for one family. */
  static final class Tally {
    int trials;
    int right;
    int ambiguousIncludingTruth;
    int noSingleClass;
    int ambiguousWrong;
    int confidentlyWrong;
    final List<String> wrongExamples = new ArrayList<>();

    void add(OutOfModelTimings.Trial trial, Verdict verdict, long seed) {
      trials++;
      switch (verdict.kind()) {
        case CONFIDENT:
          if (trial.truth != null && verdict.best() == trial.truth) {
            right++;
          } else {
            confidentlyWrong++;
            if (wrongExamples.size() < 3) {
              wrongExamples.add("seed " + seed + ": " + verdict);
            }
          }
          break;
        case NO_SINGLE_CLASS:
          noSingleClass++;
          break;
        default:
          if (trial.truth != null && verdict.isConsistentWith(trial.truth)) {
            ambiguousIncludingTruth++;
          } else {
            ambiguousWrong++;
          }
      }
    }

    void addAll(Tally other) {
      trials += other.trials;
      right += other.right;
      ambiguousIncludingTruth += other.ambiguousIncludingTruth;
      noSingleClass += other.noSingleClass;
      ambiguousWrong += other.ambiguousWrong;
      confidentlyWrong += other.confidentlyWrong;
      wrongExamples.addAll(other.wrongExamples);
    }

    double percent(int count) {
      return 100.0 * count / trials;
    }

    int unsure() {
      return ambiguousIncludingTruth + noSingleClass + ambiguousWrong;
    }
  }

  private static final Map<String, Tally[]> POOLED = new LinkedHashMap<>();

  private static String name(ComplexityClass truth) {
    return truth == OutOfModelTimings.N_LOG_SQUARED_N ? "n log^2 n" : truth.asciiName();
  }

  private static List<ComplexityClass> truths() {
    List<ComplexityClass> truths = new ArrayList<>(List.of(OutOfModelTimings.CLASSES));
    truths.add(OutOfModelTimings.N_LOG_SQUARED_N);
    return truths;
  }

  @BeforeAll
  static void runAllTrials() {
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%nOut-of-model accuracy, held-out seeds from %d: %d trials per family and cell, %d sizes"
            + " x %d replicates; per cell: right / ambiguous naming the truth / no single class"
            + " fits / ambiguous naming neither / confidently wrong (%%)%n",
        HELD_OUT_BASE, TRIALS, OutOfModelTimings.SIZE_COUNT, OutOfModelTimings.REPLICATES));
    table.append(String.format(Locale.ROOT, "%-16s %-10s", "family", "truth"));
    for (double sigma : SIGMAS) {
      table.append(String.format(Locale.ROOT, " | σ=%.2f %25s", sigma, ""));
    }
    table.append(System.lineSeparator());
    for (ComplexityClass truth : truths()) {
      Tally[] pooled = new Tally[SIGMAS.length];
      for (int s = 0; s < SIGMAS.length; s++) {
        pooled[s] = new Tally();
      }
      // The families in parallel: every trial is seeded by its own cell and index.
      OutOfModelTimings.Family[] families = OutOfModelTimings.Family.values();
      Tally[][] byFamily = java.util.Arrays.stream(families).parallel()
          .map(family -> cells(family, truth)).toArray(Tally[][]::new);
      for (int f = 0; f < families.length; f++) {
        for (int s = 0; s < SIGMAS.length; s++) {
          pooled[s].addAll(byFamily[f][s]);
        }
        table.append(row(families[f].name(), truth, byFamily[f]));
      }
      table.append(row("all families", truth, pooled));
      POOLED.put(name(truth), pooled);
    }
    System.out.println(table);
  }

  private static Tally[] cells(OutOfModelTimings.Family family, ComplexityClass truth) {
    Tally[] cells = new Tally[SIGMAS.length];
    for (int s = 0; s < SIGMAS.length; s++) {
      cells[s] = new Tally();
      for (int t = 0; t < TRIALS; t++) {
        long cell = (family.ordinal() * 16L + (truth == null ? 15 : truth.ordinal())) * 4 + s;
        long seed = HELD_OUT_BASE + cell * 100_003L + t;
        OutOfModelTimings.Trial trial = OutOfModelTimings.trial(family, truth, SIGMAS[s], seed);
        cells[s].add(trial, ComplexityFitter.fit(trial.sizes, trial.values), seed);
      }
    }
    return cells;
  }

  private static String row(String family, ComplexityClass truth, Tally[] cells) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-16s %-10s", family, name(truth)));
    for (Tally c : cells) {
      text.append(String.format(Locale.ROOT, " | %5.1f %5.1f %5.1f %5.1f %5.1f",
          c.percent(c.right), c.percent(c.ambiguousIncludingTruth), c.percent(c.noSingleClass),
          c.percent(c.ambiguousWrong), c.percent(c.confidentlyWrong)));
    }
    return text.append(System.lineSeparator()).toString();
  }

  @Test
  void noClassIsConfidentlyWrongMoreThanTwoPercentAtAnyNoiseUpTo15Percent() {
    POOLED.forEach((truth, cells) -> {
      for (int s = 0; s < SIGMAS.length; s++) {
        Tally cell = cells[s];
        assertTrue(cell.percent(cell.confidentlyWrong) <= 2,
            truth + " at σ=" + SIGMAS[s] + ": " + cell.confidentlyWrong + " of " + cell.trials
                + " confidently wrong, e.g. " + cell.wrongExamples);
      }
    });
  }

  @Test
  void everyClassIsConfidentlyRightAtLeast90PercentAtNoiseUpTo8Percent() {
    POOLED.forEach((truth, cells) -> {
      if (truth.equals(name(OutOfModelTimings.N_LOG_SQUARED_N))) {
        return;
      }
      for (int s = 0; s < 2; s++) {
        Tally cell = cells[s];
        assertTrue(cell.percent(cell.right) >= 90,
            truth + " at σ=" + SIGMAS[s] + ": only " + cell.right + " of " + cell.trials + " right");
      }
    });
  }

  @Test
  void atThreePercentNoiseAtMost15PercentAreAmbiguousOrNoFit() {
    POOLED.forEach((truth, cells) -> {
      if (truth.equals(name(OutOfModelTimings.N_LOG_SQUARED_N))) {
        return;
      }
      Tally cell = cells[0];
      assertTrue(cell.percent(cell.unsure()) <= 15,
          truth + " at σ=0.03: " + cell.unsure() + " of " + cell.trials + " unsure");
    });
  }

  @Test
  void aGrowthNoClassNamesIsMostlyCalledNoSingleClass() {
    Tally[] cells = POOLED.get(name(OutOfModelTimings.N_LOG_SQUARED_N));
    Tally low = cells[0];
    assertTrue(low.percent(low.noSingleClass) >= 90, "n log^2 n at σ=0.03: " + low.noSingleClass);
  }
}
