package io.github.dsalab.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of the fitter (issue 5): seeded synthetic timings for every class, at three
 * noise levels, through our fitter and through rewritten google/benchmark and big_O rules on the
 * very same trials. The three accuracy tables are printed side by side.
 *
 * <p>Our fitter is compared with each rule twice: choosing among all nine classes (the literal
 * comparison), and choosing among the rule's own classes (the like-for-like one). The literal
 * comparison holds cell by cell at σ = 0.03 and 0.10 even for confident verdicts. At σ = 0.20 it
 * cannot for {@code O(log n)} against google: google never considers {@code O(√n)}, and with a
 * constant overhead {@code a + b·√n} mimics {@code log n} within 12–16% RMS over these sizes, which
 * five replicates at σ = 0.2 (plus outliers) resolve only about 99 times in 100. Even a clairvoyant
 * likelihood-ratio test told the true σ and fed outlier-free data, choosing between the two, is
 * confidently right about 98% and confidently wrong about 0.6% of the time (simulated offline),
 * while google, never asked the question, is right 99.3–99.6%. So at σ = 0.20 the literal comparison
 * is asserted on "right or honestly ambiguous", with no margin in any cell: the fitter's Cox test
 * (the runner-up's curve as the null hypothesis, replicate noise as its variance) turns the
 * close {@code O(√n)} calls into "ambiguous: O(log n) or O(√n)". The confident-only comparison on
 * each rule's own classes keeps the {@link #HIGH_NOISE_TOLERANCE} margin, which was measured on
 * 3000 other seeds per cell, except where issue 11 made the fitter more careful on purpose: a flat
 * series is confidently O(1) only when its growth is bounded below a quarter of a bare log's
 * exponent, and a slower class with a step is a rival (see {@link #ours}). Data from outside the
 * model is judged by {@link OutOfModelAccuracyTest}.
 */
class FitterAccuracyTest {
  static final double[] SIGMAS = {0.03, 0.10, 0.20};
  /**
   * Trials per cell. At 100 the bars resolve what they say per cell only coarsely: "at least 99%
   * right" allows one miss, "at most 1% (2%) confidently wrong" one (two); a cell with no wrong
   * verdict bounds its true rate below 3% (one-sided 95%, Clopper–Pearson), and the 900 trials of
   * one noise level over all classes bound a rate of 0 or 1 wrong below 0.33% or 0.53%. The 300 of
   * issue 5 took four times as long for bounds of 1% per cell; the thresholds were set on those
   * and on 3000 other seeds per cell, so these trials only check them.
   */
  static final int TRIALS = 100;
  static final double[] SCALES = {1e-3, 1e-2, 1e-1, 1e1, 1e2, 1e3};
  /** Points by which ours, confident only, may trail a rule on its own classes at σ = 0.20. */
  static final double HIGH_NOISE_TOLERANCE = 1.5;

  /** Tallies of one (class, σ) cell. */
  static final class Cell {
    int correct;
    int ambiguousIncludingTruth;
    int confidentlyWrong;
    int ambiguousWrong;
    int googleCorrect;
    int bigOCorrect;
    int oursOnGoogleSetCorrect;
    int oursOnBigOSetCorrect;
    int oursOnGoogleSetAdmitting;
    int oursOnBigOSetAdmitting;
    final List<String> scaleMismatches = new ArrayList<>();

    double percent(int count) {
      return 100.0 * count / TRIALS;
    }

    int rightOrAmbiguous() {
      return correct + ambiguousIncludingTruth;
    }
  }

  private static final Map<ComplexityClass, Cell[]> CELLS = new EnumMap<>(ComplexityClass.class);

  /**
   * Runs every cell, the cells in parallel (each trial is seeded by its own cell and index, so the
   * tallies do not depend on the order), and prints the table.
   */
  @BeforeAll
  static void runAllTrials() {
    ComplexityClass[] truths = ComplexityClass.values();
    Cell[] all = java.util.stream.IntStream.range(0, truths.length * SIGMAS.length).parallel()
        .mapToObj(i -> runCell(truths[i / SIGMAS.length], i % SIGMAS.length))
        .toArray(Cell[]::new);
    for (ComplexityClass truth : truths) {
      CELLS.put(truth, java.util.Arrays.copyOfRange(
          all, truth.ordinal() * SIGMAS.length, (truth.ordinal() + 1) * SIGMAS.length));
    }
    System.out.println(table());
  }

  private static Cell runCell(ComplexityClass truth, int s) {
    Cell cell = new Cell();
    for (int t = 0; t < TRIALS; t++) {
      long seed = (truth.ordinal() * 10L + s) * 1_000_003L + t;
      SyntheticTimings.Trial trial = SyntheticTimings.trial(truth, SIGMAS[s], seed);
      Verdict verdict = ComplexityFitter.fit(trial.sizes, trial.nanoseconds);
      if (!verdict.isAmbiguous()) {
        if (verdict.best() == truth) {
          cell.correct++;
        } else {
          cell.confidentlyWrong++;
        }
      } else if (verdict.isConsistentWith(truth)) {
        cell.ambiguousIncludingTruth++;
      } else {
        cell.ambiguousWrong++;
      }
      // One of the six factors per trial, in rotation: every factor is checked on 450 trials.
      for (double scale : new double[] {SCALES[(t + s) % 6]}) {
        Verdict scaled = ComplexityFitter.fit(trial.sizes, trial.scaled(scale).nanoseconds);
        if (!scaled.toString().equals(verdict.toString())) {
          cell.scaleMismatches.add(
              "seed " + seed + " ×" + scale + ": " + scaled + " vs " + verdict);
        }
      }
      Verdict onGoogleSet =
          ComplexityFitter.fit(trial.sizes, trial.nanoseconds, GoogleBenchmarkRule.CANDIDATES);
      if (onGoogleSet.best() == truth && !onGoogleSet.isAmbiguous()) {
        cell.oursOnGoogleSetCorrect++;
      }
      if (onGoogleSet.isConsistentWith(truth)) {
        cell.oursOnGoogleSetAdmitting++;
      }
      Verdict onBigOSet =
          ComplexityFitter.fit(trial.sizes, trial.nanoseconds, BigORule.CANDIDATES);
      if (onBigOSet.best() == truth && !onBigOSet.isAmbiguous()) {
        cell.oursOnBigOSetCorrect++;
      }
      if (onBigOSet.isConsistentWith(truth)) {
        cell.oursOnBigOSetAdmitting++;
      }
      if (GoogleBenchmarkRule.classify(trial.sizes, trial.nanoseconds) == truth) {
        cell.googleCorrect++;
      }
      if (BigORule.classify(trial.sizes, trial.nanoseconds).equals(Optional.of(truth))) {
        cell.bigOCorrect++;
      }
    }
    return cell;
  }

  private static String table() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT,
        "%nComplexity fitter accuracy: %d seeded trials per cell, %d sizes × %d replicates, "
            + "lognormal noise σ, %.0f%% outliers ×1.3–3%n",
        TRIALS, SyntheticTimings.SIZE_COUNT, SyntheticTimings.REPLICATES,
        100 * SyntheticTimings.OUTLIER_PROBABILITY));
    text.append(String.format(Locale.ROOT,
        "%-10s %4s | %-35s | %-22s | %-22s%n", "", "", "ours, all 9 classes",
        "google oAuto's 6 classes", "big_O's classes"));
    text.append(String.format(Locale.ROOT,
        "%-10s %4s | %7s %7s %7s %7s | %7s %7s %6s | %7s %7s %6s%n",
        "class", "σ", "correct", "ambig+", "wrong", "ambig-",
        "google", "ours", "", "big_O", "ours", ""));
    for (ComplexityClass truth : ComplexityClass.values()) {
      Cell[] cells = CELLS.get(truth);
      for (int s = 0; s < SIGMAS.length; s++) {
        Cell c = cells[s];
        text.append(String.format(Locale.ROOT,
            "%-10s %4.2f | %6.1f%% %6.1f%% %6.1f%% %6.1f%% | %6.1f%% %6.1f%% %6s | %6.1f%% %6.1f%% %6s%n",
            s == 0 ? truth.asciiName() : "", SIGMAS[s],
            c.percent(c.correct), c.percent(c.ambiguousIncludingTruth),
            c.percent(c.confidentlyWrong), c.percent(c.ambiguousWrong),
            c.percent(c.googleCorrect), c.percent(c.oursOnGoogleSetCorrect),
            flag(truth, GoogleBenchmarkRule.CANDIDATES, c, c.googleCorrect),
            c.percent(c.bigOCorrect), c.percent(c.oursOnBigOSetCorrect),
            flag(truth, BigORule.CANDIDATES, c, c.bigOCorrect)));
      }
    }
    text.append("Percentages are confident right answers unless noted. ambig+ = \"ambiguous\" naming "
        + "the true class; wrong = confidently wrong; ambig- = \"ambiguous\" naming two wrong "
        + "classes.\nThe google and big_O columns compare each rule with ours choosing among the "
        + "same classes; (n/a) = the true class is not among them, so neither can be right.\n"
        + "Flags against ours with all 9 classes: '<' = fewer confident right answers than the rule; "
        + "'<<' = fewer right-or-ambiguous too.\n");
    return text.toString();
  }

  private static String flag(
      ComplexityClass truth, java.util.Set<ComplexityClass> classes, Cell cell, int ruleCorrect) {
    if (!classes.contains(truth)) {
      return "(n/a)";
    }
    if (cell.rightOrAmbiguous() < ruleCorrect) {
      return "<<";
    }
    return cell.correct < ruleCorrect ? "<" : "";
  }

  /**
   * Ours against a rule: confident right answers, except for {@code O(1)}, where right or
   * honestly ambiguous. Since issue 11 a flat series is confidently {@code O(1)} only when its
   * growth is bounded below a quarter of a bare log's exponent (a slow growth under a large
   * constant looked flat at half): at σ = 0.2 about one flat series in five is "ambiguous: O(1) or
   * O(log n)". Both rules call every flat series O(1) because neither ever asks that question.
   */
  private static int ours(ComplexityClass truth, int confident, int admitting) {
    return truth == ComplexityClass.CONSTANT ? admitting : confident;
  }

  @Test
  void lowNoiseIsAlmostAlwaysRight() {
    for (ComplexityClass truth : ComplexityClass.values()) {
      Cell cell = CELLS.get(truth)[0];
      assertTrue(cell.percent(cell.correct) >= 99, truth + " at σ=0.03: " + cell.correct);
    }
  }

  @Test
  void mediumNoiseIsRightAndRarelyConfidentlyWrong() {
    for (ComplexityClass truth : ComplexityClass.values()) {
      Cell cell = CELLS.get(truth)[1];
      assertTrue(cell.percent(cell.correct) >= 95, truth + " at σ=0.10: " + cell.correct);
      assertTrue(cell.percent(cell.confidentlyWrong) <= 1, truth + " at σ=0.10: " + cell.confidentlyWrong);
    }
  }

  @Test
  void highNoiseIsRightOrHonestlyAmbiguous() {
    for (ComplexityClass truth : ComplexityClass.values()) {
      Cell cell = CELLS.get(truth)[2];
      int rightOrAmbiguous = cell.correct + cell.ambiguousIncludingTruth;
      assertTrue(cell.percent(rightOrAmbiguous) >= 95, truth + " at σ=0.20: " + rightOrAmbiguous);
      assertTrue(cell.percent(cell.confidentlyWrong) <= 2, truth + " at σ=0.20: " + cell.confidentlyWrong);
    }
  }

  @Test
  void scalingAllTimesByPowersOfTenKeepsEveryVerdict() {
    List<String> mismatches = new ArrayList<>();
    CELLS.values().forEach(cells -> {
      for (Cell cell : cells) {
        mismatches.addAll(cell.scaleMismatches);
      }
    });
    assertEquals(List.of(), mismatches);
  }

  /** Each rule's correct count in a cell, or -1 where the true class is not among its classes. */
  private static int[] ruleCorrect(ComplexityClass truth, Cell cell) {
    return new int[] {
      GoogleBenchmarkRule.CANDIDATES.contains(truth) ? cell.googleCorrect : -1,
      BigORule.CANDIDATES.contains(truth) ? cell.bigOCorrect : -1
    };
  }

  private static final String[] RULES = {"google", "big_O"};

  @Test
  void withAllNineClassesOursIsConfidentlyRightAtLeastAsOftenAsEitherRuleAtLowAndMediumNoise() {
    for (ComplexityClass truth : ComplexityClass.values()) {
      for (int s = 0; s < 2; s++) {
        Cell cell = CELLS.get(truth)[s];
        int[] rules = ruleCorrect(truth, cell);
        int ours = ours(truth, cell.correct, cell.rightOrAmbiguous());
        for (int r = 0; r < rules.length; r++) {
          assertTrue(ours >= rules[r],
              truth + " σ=" + SIGMAS[s] + ": ours " + ours + " < " + RULES[r] + " " + rules[r]);
        }
      }
    }
  }

  @Test
  void withAllNineClassesOursIsRightOrHonestlyAmbiguousAtLeastAsOftenAsEitherRuleAtHighNoise() {
    for (ComplexityClass truth : ComplexityClass.values()) {
      Cell cell = CELLS.get(truth)[2];
      int[] rules = ruleCorrect(truth, cell);
      for (int r = 0; r < rules.length; r++) {
        assertTrue(cell.rightOrAmbiguous() >= rules[r],
            truth + " σ=0.2: ours " + cell.rightOrAmbiguous() + " < " + RULES[r] + " " + rules[r]);
      }
    }
  }

  @Test
  void aFlatSeriesIsNeverCalledAnAmbiguityBetweenTwoGrowingClasses() {
    for (Cell cell : CELLS.get(ComplexityClass.CONSTANT)) {
      assertEquals(0, cell.ambiguousWrong);
    }
  }

  @Test
  void onEachRulesOwnClassesOursIsConfidentlyRightAtLeastAsOftenAtLowAndMediumNoise() {
    for (ComplexityClass truth : ComplexityClass.values()) {
      Cell[] cells = CELLS.get(truth);
      for (int s = 0; s < 2; s++) {
        Cell cell = cells[s];
        String where = truth + " σ=" + SIGMAS[s] + ": ours ";
        int onGoogle = ours(truth, cell.oursOnGoogleSetCorrect, cell.oursOnGoogleSetAdmitting);
        int onBigO = ours(truth, cell.oursOnBigOSetCorrect, cell.oursOnBigOSetAdmitting);
        assertTrue(onGoogle >= cell.googleCorrect, where + onGoogle + " < google " + cell.googleCorrect);
        assertTrue(onBigO >= cell.bigOCorrect, where + onBigO + " < big_O " + cell.bigOCorrect);
      }
    }
  }

  @Test
  void onEachRulesOwnClassesOursIsConfidentlyRightNearlyAsOftenAtHighNoise() {
    for (ComplexityClass truth : ComplexityClass.values()) {
      Cell cell = CELLS.get(truth)[2];
      String where = truth + " σ=0.2: ours ";
      // Also for O(log n) at this noise: a slower class with a jump is a rival since issue 11,
      // and O(1) with a step explains about 4% of these noisy log n series as well.
      boolean honest = truth == ComplexityClass.LOGARITHMIC;
      int onGoogle = honest ? cell.oursOnGoogleSetAdmitting
          : ours(truth, cell.oursOnGoogleSetCorrect, cell.oursOnGoogleSetAdmitting);
      int onBigO = honest ? cell.oursOnBigOSetAdmitting
          : ours(truth, cell.oursOnBigOSetCorrect, cell.oursOnBigOSetAdmitting);
      assertTrue(cell.percent(cell.googleCorrect - onGoogle) <= HIGH_NOISE_TOLERANCE,
          where + onGoogle + " < google " + cell.googleCorrect);
      assertTrue(cell.percent(cell.bigOCorrect - onBigO) <= HIGH_NOISE_TOLERANCE,
          where + onBigO + " < big_O " + cell.bigOCorrect);
    }
  }
}
