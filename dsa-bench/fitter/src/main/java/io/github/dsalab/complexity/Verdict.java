package io.github.dsalab.complexity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@link ComplexityFitter} concluded about one set of measurements, with the numbers behind
 * it. A verdict has one of three {@linkplain VerdictKind kinds}: the best class stated with
 * confidence; "ambiguous: X or Y" when the data cannot separate the two best; or "no single class
 * fits: grows like n^1.52 here" when even the best class misses the points by more than their own
 * noise allows ({@link #lackOfFit()} says where). A one-off jump in cost (a cache level, a GC
 * regime) is reported as a {@link #step()}, and the class is judged with it accounted for.
 *
 * <p>The assertion helpers make a verdict a test: {@link #assertGrowsNoFasterThan} fails with a
 * message such as "measured O(n²) where at most O(n log n) is expected". An ambiguous verdict
 * gets the benefit of the doubt: it fails only when every class it names breaks the bound; a verdict
 * that no single class fits is treated the same way, with its best class and runner-up.
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>accessors, tests and assertions</td><td>{@code O(1)}</td></tr>
 *   <tr><td>{@link #candidates()}, {@link #sizes()}, {@link #medians()}, {@link #deviations()}</td>
 *       <td>{@code O(k)} copies, for {@code k} classes or sizes</td></tr>
 * </table>
 *
 * <pre>{@code
 * Verdict verdict = ComplexityFitter.fit(sizes, comparisons);
 * System.out.println(verdict);                          // "O(n log n)" or "ambiguous: O(n) or O(n log n)"
 * verdict.assertGrowsNoFasterThan(ComplexityClass.N_LOG_N);
 * }</pre>
 */
public final class Verdict implements GrowthVerdict {
  private final CandidateFit best;
  private final CandidateFit runnerUp;
  private final boolean ambiguous;
  private final LackOfFit lackOfFit;
  private final List<CandidateFit> candidates;
  private final double exponent;
  private final double exponentLower;
  private final double exponentUpper;
  private final double rSquared;
  private final long[] sizes;
  private final double[] medians;
  private final double[] centres;
  private final double[] deviations;

  Verdict(
      CandidateFit best,
      CandidateFit runnerUp,
      boolean ambiguous,
      LackOfFit lackOfFit,
      List<CandidateFit> candidates,
      ComplexityFitter.Exponent exponent,
      SizeSummary summary) {
    this.best = best;
    this.runnerUp = runnerUp;
    this.ambiguous = ambiguous || lackOfFit != null;
    this.lackOfFit = lackOfFit;
    this.candidates = List.copyOf(candidates);
    this.exponent = exponent.slope;
    this.exponentLower = exponent.lower95;
    this.exponentUpper = exponent.upper95;
    this.sizes = summary.sizes.clone();
    this.medians = summary.medians.clone();
    this.centres = summary.centres.clone();
    this.deviations = summary.deviations.clone();
    this.rSquared = rSquared(best, summary);
  }

  private static double rSquared(CandidateFit fit, SizeSummary summary) {
    double mean = 0;
    for (double centre : summary.centres) {
      mean += centre / summary.size();
    }
    double total = 0;
    double residual = 0;
    for (int i = 0; i < summary.size(); i++) {
      double deviation = summary.centres[i] - mean;
      double error = summary.centres[i] - fit.predict(summary.sizes[i]);
      total += deviation * deviation;
      residual += error * error;
    }
    if (total == 0) {
      return residual == 0 ? 1 : 0;
    }
    return 1 - residual / total;
  }

  /**
   * Returns the class with the best support. When {@link #isAmbiguous()} it is only slightly
   * ahead of {@link #runnerUp()} and must not be reported alone.
   *
   * @return the best class
   */
  @Override
  public ComplexityClass best() {
    return best.complexityClass();
  }

  /**
   * Returns the second-best class, if there was a second candidate.
   *
   * @return the runner-up
   */
  @Override
  public Optional<ComplexityClass> runnerUp() {
    return Optional.ofNullable(runnerUp).map(CandidateFit::complexityClass);
  }

  /**
   * Returns the fit of the best class as the verdict judged it (with its step, if any).
   *
   * @return the best fit
   */
  public CandidateFit bestFit() {
    return best;
  }

  /**
   * Returns the fit of the runner-up as the verdict judged it: the second class by BIC, or the
   * rival that made the verdict ambiguous, which may carry a step of its own (a slower class with
   * a jump, say) that {@link #candidate(ComplexityClass)}'s fit of the same class does not.
   *
   * @return the runner-up's fit, if there was a runner-up
   */
  public Optional<CandidateFit> runnerUpFit() {
    return Optional.ofNullable(runnerUp);
  }

  /**
   * Returns whether the verdict states no class with confidence: the data cannot separate the
   * best class from the runner-up (BIC gap below {@value ComplexityFitter#AMBIGUITY_BIC}, a rival
   * Cox's test cannot reject, or no clear decision between flat and growing), or no single class
   * fits ({@link #kind()} tells which).
   *
   * @return true unless the kind is {@link VerdictKind#CONFIDENT}
   */
  @Override
  public boolean isAmbiguous() {
    return ambiguous;
  }

  /**
   * Returns which of the three answers this is: confident, ambiguous, or no single class fits.
   *
   * @return the kind
   */
  public VerdictKind kind() {
    if (lackOfFit != null) {
      return VerdictKind.NO_SINGLE_CLASS;
    }
    return ambiguous ? VerdictKind.AMBIGUOUS : VerdictKind.CONFIDENT;
  }

  /**
   * Returns where and how badly the best class misfits, when no single class fits.
   *
   * @return the lack of fit, present exactly when {@link #kind()} is
   *     {@link VerdictKind#NO_SINGLE_CLASS}
   */
  public Optional<LackOfFit> lackOfFit() {
    return Optional.ofNullable(lackOfFit);
  }

  /**
   * Returns the one-off jump in cost the best class was judged with, if the measurements showed a
   * significant one: "O(n), with a ×1.35 step between n = 125,000 and 250,000".
   *
   * @return the best fit's step, or empty
   */
  public Optional<Step> step() {
    return best.step();
  }

  /**
   * Returns how many BIC points the runner-up is behind the best; 2 or more is positive
   * evidence, 6 or more strong, 10 or more very strong. Infinite without a runner-up.
   *
   * @return the BIC gap; negative only when the flat/growing test overrode the BIC order
   */
  public double bicGap() {
    return runnerUp == null ? Double.POSITIVE_INFINITY : runnerUp.bic() - best.bic();
  }

  /**
   * Returns the slope of {@code ln T} against {@code ln n}: about 1 for {@code O(n)}, 2 for
   * {@code O(n²)}, a little above 1 for {@code O(n log n)}.
   *
   * @return the fitted log-log exponent
   */
  public double exponent() {
    return exponent;
  }

  /**
   * Returns the lower end of the exponent's 95% confidence interval.
   *
   * @return the lower bound
   */
  public double exponentLower() {
    return exponentLower;
  }

  /**
   * Returns the upper end of the exponent's 95% confidence interval.
   *
   * @return the upper bound
   */
  public double exponentUpper() {
    return exponentUpper;
  }

  /**
   * Returns the best class's leading coefficient {@code b} in {@code T(n) ≈ a + b·g(n)}, e.g.
   * about 0.25 for insertion-sort comparisons on random input ({@code n²/4}).
   *
   * @return {@code b}, in the units of the measurements per unit of {@code g(n)}
   */
  public double leadingCoefficient() {
    return best.coefficient();
  }

  /**
   * Returns the best class's constant overhead {@code a} in {@code T(n) ≈ a + b·g(n)}.
   *
   * @return {@code a ≥ 0}
   */
  public double constantTerm() {
    return best.constant();
  }

  /**
   * Returns the coefficient of determination of the best fit on the per-size {@link #centres()}.
   *
   * @return {@code R²}, 1 for a perfect fit
   */
  public double rSquared() {
    return rSquared;
  }

  /**
   * Returns every candidate's fit, best BIC first.
   *
   * @return an unmodifiable list, one entry per class tried
   */
  public List<CandidateFit> candidates() {
    return candidates;
  }

  /**
   * Returns the fit of one class, for drawing it or comparing its BIC.
   *
   * @param complexityClass the class
   * @return its fit
   * @throws java.util.NoSuchElementException if the class was not a candidate
   */
  public CandidateFit candidate(ComplexityClass complexityClass) {
    return candidates.stream()
        .filter(fit -> fit.complexityClass() == complexityClass)
        .findFirst()
        .orElseThrow(() -> new java.util.NoSuchElementException(complexityClass + " was not fitted"));
  }

  /**
   * Returns the distinct sizes measured, ascending.
   *
   * @return a fresh copy
   */
  public long[] sizes() {
    return sizes.clone();
  }

  /**
   * Returns the median measurement per size, in the order of {@link #sizes()}.
   *
   * @return a fresh copy
   */
  public double[] medians() {
    return medians.clone();
  }

  /**
   * Returns the point fitted per size: a robust mean of the samples that trusts unusually slow
   * ones less (interference only ever slows a run down). It equals the median when there is no
   * spread, as with exact counts.
   *
   * @return a fresh copy, in the order of {@link #sizes()}
   */
  public double[] centres() {
    return centres.clone();
  }

  /**
   * Returns the median absolute deviation per size (the error bar), in the order of
   * {@link #sizes()}.
   *
   * @return a fresh copy
   */
  public double[] deviations() {
    return deviations.clone();
  }

  /**
   * Returns whether {@code expected} is the verdict, or one of the two classes an ambiguous
   * verdict names.
   *
   * @param expected the class to test
   * @return true if the measurements do not contradict {@code expected}
   */
  public boolean isConsistentWith(ComplexityClass expected) {
    return best() == expected || (ambiguous && runnerUp().equals(Optional.of(expected)));
  }

  /**
   * Returns whether the verdict allows growth no faster than {@code bound}: the best class, or
   * for an ambiguous verdict either named class, is {@code bound} or slower. When no single class
   * fits and the cost outgrows the best class, which is already {@code bound} or faster, the bound
   * is broken.
   *
   * @param bound the largest acceptable class
   * @return true if the bound is not shown to be broken
   */
  public boolean growsNoFasterThan(ComplexityClass bound) {
    if (lackOfFit != null && lackOfFit.fasterThanBest() && best().compareTo(bound) >= 0) {
      // No class fits, and the cost outgrows the best one, which is the bound or beyond it.
      return false;
    }
    return !best().growsFasterThan(bound)
        || (ambiguous && runnerUp != null && !runnerUp.complexityClass().growsFasterThan(bound));
  }

  /**
   * Fails unless {@link #growsNoFasterThan(ComplexityClass)}, with a message such as
   * "measured O(n²) where at most O(n log n) is expected (exponent 1.98, ...)".
   *
   * @param bound the largest acceptable class
   * @throws AssertionError if the measurements grow faster than {@code bound}
   */
  public void assertGrowsNoFasterThan(ComplexityClass bound) {
    if (!growsNoFasterThan(bound)) {
      throw new AssertionError(
          "measured " + this + " where at most " + bound + " is expected (" + evidence() + ")");
    }
  }

  /**
   * Fails unless {@link #isConsistentWith(ComplexityClass)}, with a message such as
   * "measured O(n²) where O(n log n) is expected (exponent 1.98, ...)".
   *
   * @param expected the class the code should have
   * @throws AssertionError if the measurements contradict {@code expected}
   */
  public void assertGrowsLike(ComplexityClass expected) {
    if (!isConsistentWith(expected)) {
      throw new AssertionError(
          "measured " + this + " where " + expected + " is expected (" + evidence() + ")");
    }
  }

  private String evidence() {
    String text = String.format(
        Locale.ROOT, "exponent %.2f, 95%% CI [%.2f, %.2f]", exponent, exponentLower, exponentUpper);
    if (runnerUp != null) {
      text += String.format(
          Locale.ROOT, "; runner-up %s %.1f BIC points behind", runnerUp.complexityClass(), bicGap());
    }
    return text;
  }

  /**
   * Returns the verdict block the lab prints: verdict, exponent with its interval, the fitted
   * curve with {@code R²}, and the runner-up.
   *
   * @return a few lines of text
   */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "verdict    %s%n", this));
    text.append(String.format(
        Locale.ROOT, "exponent   %.3f (95%% CI %.3f to %.3f)%n", exponent, exponentLower, exponentUpper));
    text.append(String.format(
        Locale.ROOT, "fit        %.4g + %.4g·g(n) with g(n) = %s, R² %.4f%n",
        constantTerm(), leadingCoefficient(), best(), rSquared));
    step().ifPresent(step -> text.append(String.format(Locale.ROOT, "step       %s%n", step)));
    lackOfFit().ifPresent(misfit -> text.append(String.format(
        Locale.ROOT, "misfit     %s: %s fits no better than that%n", misfit, best())));
    if (runnerUp != null) {
      text.append(String.format(
          Locale.ROOT, "runner-up  %s, %.1f BIC points behind%n", runnerUp.complexityClass(), bicGap()));
    }
    return text.toString();
  }

  /**
   * Returns the verdict as a learner reads it: {@code "O(n log n)"},
   * {@code "O(n), with a ×1.35 step between n = 125,000 and 250,000"},
   * {@code "ambiguous: O(n) or O(n log n)"} (slower-growing class first), or
   * {@code "no single class fits: grows like n^1.52 here"}.
   *
   * @return the verdict text
   */
  @Override
  public String toString() {
    if (lackOfFit != null) {
      return String.format(Locale.ROOT, "no single class fits: grows like n^%.2f here", exponent);
    }
    if (!ambiguous) {
      return best().toString() + step().map(step -> ", with " + step).orElse("");
    }
    ComplexityClass other = runnerUp.complexityClass();
    ComplexityClass first = best().compareTo(other) < 0 ? best() : other;
    ComplexityClass second = first == best() ? other : best();
    return "ambiguous: " + first + " or " + second;
  }
}
