package io.github.dsalab.complexity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Decides which {@link ComplexityClass} a set of measurements grows like, and says so only when
 * the data can tell: otherwise the {@link Verdict} is "ambiguous: X or Y".
 *
 * <p>The method, step by step:
 * <ol>
 *   <li>Per size, the median of all samples and the median absolute deviation (MAD) as the
 *       spread. The point fitted is a robust mean of the log samples started at the median (an
 *       asymmetric Huber M-estimate with one scale pooled over all sizes, capping unusually slow
 *       samples sooner, since interference only ever slows a run down): nearly as efficient as
 *       the mean under lognormal noise, little moved by a minority of outliers, and equal to the
 *       median for exact counts. A size whose relative MAD exceeds twice the typical one is
 *       down-weighted, and after a first fit, sizes far off both the best and the runner-up curve
 *       are down-weighted again (bisquare).</li>
 *   <li>A straight line through {@code (ln n, ln T)} gives the measured exponent with its
 *       confidence interval. It also decides {@code O(1)}: the 99% interval lying above 0 means the
 *       cost grows; the 90% interval lying inside ± half the exponent that a bare {@code log₂ n}
 *       would show over the same sizes means it is flat (an equivalence test), and the verdict is
 *       {@code O(1)}; anything between is left to the BIC, except that a growing class can then
 *       win only as "ambiguous: O(1) or X": the growth test has not rejected {@code O(1)}, so
 *       {@code O(1)} is the alternative the verdict must name, never a second growing class.</li>
 *   <li>Every growing class is fitted as {@code T(n) ≈ a + b·g(n)} with {@code a, b ≥ 0} by least
 *       squares on <em>relative</em> error (each row scaled by {@code 1/Tᵢ}), so that the largest
 *       size does not drown the others, and the constant overhead {@code a} does not masquerade
 *       as slow growth. {@code g(n)} is computed in log space and normalised, so {@code 2ⁿ} and
 *       {@code n!} fit like the others without overflowing.</li>
 *   <li>Classes are ranked by BIC, {@code RSS/σ² + p·ln N}, all scored against one noise
 *       variance {@code σ²}: the larger of the variance the replicates give each centre and the
 *       best fit's residual variance, so that neither a lucky close fit nor a misfit every
 *       candidate shares passes for evidence. When the runner-up is within {@value #AMBIGUITY_BIC}
 *       BIC points of the best, the verdict is ambiguous: both are named, neither is claimed.</li>
 *   <li>A BIC gap beyond that must also survive Cox's test of non-nested models, with the
 *       runner-up as the null: the best class's closest fit to the runner-up's curve leaves a
 *       misfit {@code D}, so if the runner-up were the truth the gap {@code G} would be about
 *       {@code −D} plus noise of variance {@code 4σ²D}, {@code σ²} the replicates' variance of a
 *       centre. Unless {@code (G + D)/(2σ√D)} exceeds the two-sided normal quantile at
 *       {@value #RIVAL_LEVEL}, noise could have made the gap, and the verdict is ambiguous. Near
 *       twins such as {@code a + b·√n} and {@code a + b·log n} are where this bites; exact counts
 *       have no replicate noise, and BIC alone decides.</li>
 * </ol>
 *
 * <table class="striped">
 *   <caption>Cost for {@code s} samples over {@code k} distinct sizes</caption>
 *   <tr><th>operation</th><th>time</th><th>extra space</th></tr>
 *   <tr><td>{@link #fit(long[], double[])}</td><td>{@code O(s log s)}</td><td>{@code O(s)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * long[] sizes = {16, 32, 64, 128, 256, 512, 1024, 2048, 4096};
 * double[] comparisons = measure(sizes);               // your own counts or timings
 * Verdict verdict = ComplexityFitter.fit(sizes, comparisons);
 * }</pre>
 */
public final class ComplexityFitter {
  /** The fewest distinct sizes a fit accepts: two parameters and a growth test need room. */
  public static final int MINIMUM_SIZES = 5;

  /** A runner-up this close in BIC makes the verdict ambiguous. */
  public static final double AMBIGUITY_BIC = 2.0;

  /**
   * Exponents whose 90% interval lies within ± this fraction of the exponent a bare
   * {@code log₂ n} shows over the same sizes count as no growth at all.
   */
  public static final double FLAT_FRACTION = 0.5;

  /** The level of Cox's test that must reject the runner-up for a confident verdict. */
  public static final double RIVAL_LEVEL = 0.05;

  /** The two-sided normal quantile at {@link #RIVAL_LEVEL}; no gap beyond its square is ambiguous. */
  static final double RIVAL_QUANTILE =
      new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
          .inverseCumulativeProbability(1 - RIVAL_LEVEL / 2);

  /** Relative residuals below this are rounding, not misfit: keeps {@code ln RSS} finite. */
  private static final double RELATIVE_RESOLUTION = 1e-9;

  /** Rounds of outlier re-weighting; the weights settle in two or three. */
  private static final int ROBUST_ROUNDS = 4;

  private ComplexityFitter() {}

  /**
   * Fits measurements: {@code values[i]} was measured at size {@code sizes[i]}. Sizes may repeat
   * (repeated samples) and come in any order.
   *
   * @param sizes the problem sizes, each at least 1, with at least {@value #MINIMUM_SIZES}
   *     distinct values
   * @param values the measurements (counts or times), each finite and positive
   * @return the verdict
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the arrays differ in length, a size is below 1, a value is
   *     not a finite positive number, or there are fewer than {@value #MINIMUM_SIZES} distinct
   *     sizes
   */
  public static Verdict fit(long[] sizes, double[] values) {
    return fit(sizes, values, EnumSet.allOf(ComplexityClass.class));
  }

  /**
   * Fits measurements as {@link #fit(long[], double[])} does, choosing only among
   * {@code candidates}: for instance without {@link ComplexityClass#EXPONENTIAL} and
   * {@link ComplexityClass#FACTORIAL} when the code is known to be polynomial.
   *
   * @param sizes the problem sizes, each at least 1, with at least {@value #MINIMUM_SIZES}
   *     distinct values
   * @param values the measurements (counts or times), each finite and positive
   * @param candidates the classes to choose from, at least one
   * @return the verdict
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #fit(long[], double[])}, or if
   *     {@code candidates} is empty
   */
  public static Verdict fit(long[] sizes, double[] values, Set<ComplexityClass> candidates) {
    Objects.requireNonNull(sizes, "sizes");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(candidates, "candidates");
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("candidates is empty; name at least one class");
    }
    validate(sizes, values);
    return fit(SizeSummary.of(sizes, values), EnumSet.copyOf(candidates));
  }

  static void validate(long[] sizes, double[] values) {
    if (sizes.length != values.length) {
      throw new IllegalArgumentException(
          "sizes has " + sizes.length + " entries but values has " + values.length);
    }
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] < 1) {
        throw new IllegalArgumentException("sizes[" + i + "] = " + sizes[i] + " is not at least 1");
      }
    }
    Measurements.requirePositiveFinite(values, "values");
    int distinct = SizeSummary.distinctCount(sizes);
    if (distinct < MINIMUM_SIZES) {
      throw new IllegalArgumentException(
          "only " + distinct + " distinct sizes; at least " + MINIMUM_SIZES + " are needed");
    }
  }

  static Verdict fit(SizeSummary summary, EnumSet<ComplexityClass> candidates) {
    int k = summary.size();
    double scale = scaleOf(summary.centres);
    double[] inverse = new double[k];
    double[] ones = new double[k];
    for (int i = 0; i < k; i++) {
      inverse[i] = scale / summary.centres[i];
      ones[i] = 1;
    }
    double[] spread = Measurements.spreadWeights(summary);
    double[] weights = spread;
    List<CandidateFit> fits = fitAll(summary, candidates, inverse, ones, weights, scale);
    for (int round = 0; round < ROBUST_ROUNDS; round++) {
      // A size loses weight only when it is far off both the best and the runner-up curve, in the
      // best fit's scale: weights taken from the favourite alone would drop exactly the sizes that
      // speak for its rival, and the duel that decides the verdict would be refereed by one of
      // the duellists. A runner-up far behind is near no size and changes nothing.
      double[] residuals = relativeResiduals(fits.get(0), summary);
      double residualScale = RobustWeights.scale(residuals);
      if (fits.size() > 1) {
        double[] rival = relativeResiduals(fits.get(1), summary);
        for (int i = 0; i < k; i++) {
          residuals[i] = Math.min(Math.abs(residuals[i]), Math.abs(rival[i]));
        }
      }
      double[] robust = RobustWeights.bisquare(residuals, residualScale);
      double[] next = new double[k];
      double change = 0;
      for (int i = 0; i < k; i++) {
        next[i] = spread[i] * robust[i];
        change = Math.max(change, Math.abs(next[i] - weights[i]));
      }
      if (change < 1e-9) {
        break;
      }
      weights = next;
      fits = fitAll(summary, candidates, inverse, ones, weights, scale);
    }

    // The growth test must not lean on any candidate, or the robust step could drop exactly the
    // points that contradict the favourite: the exponent's line makes its own robust weights.
    Exponent exponent = Exponent.robust(summary, spread);
    CandidateFit constant = null;
    List<CandidateFit> growing = new ArrayList<>();
    for (CandidateFit fit : fits) {
      if (fit.complexityClass() == ComplexityClass.CONSTANT) {
        constant = fit;
      } else if (fit.coefficient() > 0) {
        growing.add(fit);
      }
    }
    List<CandidateFit> ranked = new ArrayList<>(growing);
    if (constant != null && (exponent.isFlat(summary) || growing.isEmpty())) {
      ranked.add(0, constant);
      return new Verdict(ranked.get(0), runnerUp(ranked), false, fits, exponent, summary);
    }
    if (growing.isEmpty()) {
      // Only collapsed growing fits are left: report the best of them, flagged as ambiguous.
      return new Verdict(fits.get(0), runnerUp(fits), fits.size() > 1, fits, exponent, summary);
    }
    if (constant != null && !(exponent.lower99 > 0)) {
      ranked.add(constant);
      ranked.sort(Comparator.comparingDouble(CandidateFit::bic));
    }
    CandidateFit best = ranked.get(0);
    CandidateFit runnerUp = runnerUp(ranked);
    if (constant != null && best != constant && !(exponent.lower99 > 0)) {
      // The growth test could not reject O(1): a growing class is not established, and the
      // alternative worth naming is "no growth", not whichever growing class came second.
      return new Verdict(best, constant, true, fits, exponent, summary);
    }
    boolean ambiguous =
        runnerUp != null
            && (runnerUp.bic() - best.bic() < AMBIGUITY_BIC
                || !rejectsRival(best, runnerUp, summary, inverse, weights, scale,
                    summary.centreVariance));
    return new Verdict(best, runnerUp, ambiguous, fits, exponent, summary);
  }

  /**
   * Cox's test of non-nested models, with the runner-up as the null hypothesis: if the runner-up's
   * fitted curve {@code f} were the truth, how often would noise alone make the best class fit
   * better by the observed gap {@code G = RSS(rival) − RSS(best)}? The best class cannot follow
   * {@code f} exactly: its closest fit to {@code f} leaves a misfit {@code D}, so under the null the
   * gap is about {@code −D} plus twice the noise's projection on that misfit, a normal variable
   * with variance {@code 4σ²D}. The runner-up is rejected when
   * {@code (G + D) / (2σ√D)} exceeds the two-sided normal quantile at {@value #RIVAL_LEVEL}, {@code σ²} being the
   * replicates' own variance of a centre: a misfit every candidate shares is not noise. For
   * classes far apart {@code D} is large and the test agrees with the BIC; for near twins (a
   * constant plus {@code b·√n} against {@code a + b·log n}) {@code D} is comparable to {@code σ²},
   * and a gap of a few BIC points is what noise does often enough that no confident call is
   * warranted.
   */
  private static boolean rejectsRival(
      CandidateFit best,
      CandidateFit rival,
      SizeSummary summary,
      double[] inverse,
      double[] weights,
      double scale,
      double variance) {
    int k = summary.size();
    double[] rivalCurve = new double[k];
    for (int i = 0; i < k; i++) {
      rivalCurve[i] = rival.predict(summary.sizes[i]) / summary.centres[i];
    }
    CandidateFit closest =
        best.complexityClass() == ComplexityClass.CONSTANT
            ? fitConstant(inverse, rivalCurve, weights, scale)
            : fitGrowing(best.complexityClass(), summary, inverse, rivalCurve, weights, scale);
    double misfit = closest.residualSumOfSquares;
    double gap = rival.residualSumOfSquares - best.residualSumOfSquares;
    if (!(misfit > 0) || !(variance > 0)) {
      // Without replicate noise (exact counts) there is no chance to test against: BIC decides.
      return gap > 0;
    }
    double z = (gap + misfit) / (2 * Math.sqrt(variance * misfit));
    return z >= RIVAL_QUANTILE;
  }

  private static CandidateFit runnerUp(List<CandidateFit> ranked) {
    return ranked.size() > 1 ? ranked.get(1) : null;
  }

  /**
   * Every class fitted with the same row weights and scored with the same noise variance, best BIC
   * first (ties: slower growth first).
   */
  private static List<CandidateFit> fitAll(
      SizeSummary summary,
      EnumSet<ComplexityClass> candidates,
      double[] inverse,
      double[] ones,
      double[] weights,
      double scale) {
    List<CandidateFit> fits = new ArrayList<>();
    for (ComplexityClass candidate : candidates) {
      fits.add(
          candidate == ComplexityClass.CONSTANT
              ? fitConstant(inverse, ones, weights, scale)
              : fitGrowing(candidate, summary, inverse, ones, weights, scale));
    }
    double points = 0;
    for (double weight : weights) {
      points += weight;
    }
    double variance = centreVariance(summary, fits, points);
    List<CandidateFit> scored = new ArrayList<>(fits.size());
    for (CandidateFit fit : fits) {
      scored.add(fit.withBic(bic(fit.residualSumOfSquares, variance, fit.parameters, points)));
    }
    fits = scored;
    fits.sort(Comparator.comparingDouble(CandidateFit::bic));
    return fits;
  }

  private static double[] relativeResiduals(CandidateFit fit, SizeSummary summary) {
    double[] residuals = new double[summary.size()];
    for (int i = 0; i < residuals.length; i++) {
      residuals[i] = (summary.centres[i] - fit.predict(summary.sizes[i])) / summary.centres[i];
    }
    return residuals;
  }

  private static double scaleOf(double[] medians) {
    double[] copy = medians.clone();
    return SizeSummary.median(copy);
  }

  private static CandidateFit fitGrowing(
      ComplexityClass candidate,
      SizeSummary summary,
      double[] inverse,
      double[] ones,
      double[] weights,
      double scale) {
    int k = summary.size();
    double[] logGrowth = new double[k];
    double maximum = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < k; i++) {
      logGrowth[i] = candidate.logGrowth(summary.sizes[i]);
      maximum = Math.max(maximum, logGrowth[i]);
    }
    double[] growthColumn = new double[k];
    for (int i = 0; i < k; i++) {
      growthColumn[i] = Math.exp(logGrowth[i] - maximum) * inverse[i];
    }
    NonNegativeLeastSquares.Solution solution =
        NonNegativeLeastSquares.solve(new double[][] {inverse, growthColumn}, ones, weights);
    double constant = solution.coefficients[0] * scale;
    double logCoefficient = Math.log(solution.coefficients[1]) + Math.log(scale) - maximum;
    return new CandidateFit(
        candidate, constant, logCoefficient, Double.NaN, solution.residualSumOfSquares, 2);
  }

  private static CandidateFit fitConstant(
      double[] inverse, double[] ones, double[] weights, double scale) {
    NonNegativeLeastSquares.Solution solution =
        NonNegativeLeastSquares.solve(new double[][] {inverse}, ones, weights);
    return new CandidateFit(
        ComplexityClass.CONSTANT,
        0,
        Math.log(solution.coefficients[0] * scale),
        Double.NaN,
        solution.residualSumOfSquares,
        1);
  }

  /**
   * The noise variance of one relative residual that every candidate is scored against: the
   * larger of what the replicates say (the variance of a size's robust centre, from the spread of
   * its own samples, pooled over all sizes) and what the best fit's residuals say
   * ({@code RSS / (N − p)}). The replicates are the better witness when the best fit happens to
   * pass closer to the centres than their noise allows, which would make every gap between
   * candidates look more decisive than it is; the residuals are when no candidate fits within the
   * noise (lower-order terms, exact counts), so that misfit shared by all candidates is not taken
   * for evidence either.
   */
  private static double centreVariance(SizeSummary summary, List<CandidateFit> fits, double points) {
    CandidateFit closest = fits.get(0);
    for (CandidateFit fit : fits) {
      if (fit.residualSumOfSquares < closest.residualSumOfSquares) {
        closest = fit;
      }
    }
    double residual = closest.residualSumOfSquares / Math.max(1, points - closest.parameters);
    return Math.max(
        RELATIVE_RESOLUTION * RELATIVE_RESOLUTION, Math.max(summary.centreVariance, residual));
  }

  /**
   * Gaussian BIC with a known noise variance: {@code RSS/σ² + p·ln N}, the constant part of
   * {@code −2 ln L} left out since only differences between candidates matter.
   */
  static double bic(double rss, double variance, int parameters, double points) {
    return rss / variance + parameters * Math.log(points);
  }

  /** Gaussian BIC with the variance estimated from the fit: {@code N·ln(RSS/N) + p·ln N}. */
  static double bic(double rss, double[] weights, int parameters) {
    double points = 0;
    for (double weight : weights) {
      points += weight;
    }
    double floor = points * RELATIVE_RESOLUTION * RELATIVE_RESOLUTION;
    return points * Math.log(Math.max(rss, floor) / points) + parameters * Math.log(points);
  }

  /**
   * The weighted log-log slope and its intervals at the levels the verdict needs: weighted least
   * squares on {@code (ln n, ln T)}, with degrees of freedom the total weight less 2.
   */
  static final class Exponent {
    final double slope;
    final double lower95;
    final double upper95;
    final double lower99;
    final double upper90;

    private Exponent(Line line) {
      slope = line.slope;
      TDistribution t = new TDistribution(null, Math.max(1, line.degreesOfFreedom));
      double half95 = line.standardError * t.inverseCumulativeProbability(0.975);
      lower95 = slope - half95;
      upper95 = slope + half95;
      lower99 = slope - line.standardError * t.inverseCumulativeProbability(0.995);
      upper90 = slope + line.standardError * t.inverseCumulativeProbability(0.95);
    }

    /**
     * The line fitted by iteratively reweighted least squares with bisquare weights on its own
     * log residuals, times the spread weights, so that neither outliers nor any candidate
     * class decide whether the cost grows.
     */
    static Exponent robust(SizeSummary summary, double[] spread) {
      double[] weights = spread.clone();
      Line line = Line.fit(summary, weights);
      for (int round = 0; round < ROBUST_ROUNDS; round++) {
        double[] residuals = new double[summary.size()];
        for (int i = 0; i < residuals.length; i++) {
          residuals[i] = Math.log(summary.centres[i])
              - line.intercept - line.slope * Math.log(summary.sizes[i]);
        }
        double[] robust = RobustWeights.bisquare(residuals);
        for (int i = 0; i < residuals.length; i++) {
          weights[i] = spread[i] * robust[i];
        }
        line = Line.fit(summary, weights);
      }
      return new Exponent(line);
    }

    /**
     * No growth: the one-sided 90% upper bound lies below half the exponent a bare
     * {@code log₂ n} shows over the same sizes. A cost that falls with {@code n} is also flat.
     */
    boolean isFlat(SizeSummary summary) {
      return upper90 <= FLAT_FRACTION * logarithmicExponent(summary);
    }

    /** The log-log slope of {@code log₂ n} from the smallest to the largest size (from 2 up). */
    private static double logarithmicExponent(SizeSummary summary) {
      double smallest = Math.max(2, summary.sizes[0]);
      double largest = Math.max(smallest + 1, summary.sizes[summary.size() - 1]);
      return Math.log(Math.log(largest) / Math.log(smallest)) / Math.log(largest / smallest);
    }
  }

  /** A weighted straight line through {@code (ln n, ln T)}. */
  private static final class Line {
    final double slope;
    final double intercept;
    final double standardError;
    final double degreesOfFreedom;

    private Line(double slope, double intercept, double standardError, double degreesOfFreedom) {
      this.slope = slope;
      this.intercept = intercept;
      this.standardError = standardError;
      this.degreesOfFreedom = degreesOfFreedom;
    }

    static Line fit(SizeSummary summary, double[] weights) {
      double total = 0;
      double meanX = 0;
      double meanY = 0;
      for (int i = 0; i < summary.size(); i++) {
        total += weights[i];
        meanX += weights[i] * Math.log(summary.sizes[i]);
        meanY += weights[i] * Math.log(summary.centres[i]);
      }
      meanX /= total;
      meanY /= total;
      double sxx = 0;
      double sxy = 0;
      for (int i = 0; i < summary.size(); i++) {
        double dx = Math.log(summary.sizes[i]) - meanX;
        sxx += weights[i] * dx * dx;
        sxy += weights[i] * dx * (Math.log(summary.centres[i]) - meanY);
      }
      double slope = sxy / sxx;
      double intercept = meanY - slope * meanX;
      double sse = 0;
      for (int i = 0; i < summary.size(); i++) {
        double residual =
            Math.log(summary.centres[i]) - intercept - slope * Math.log(summary.sizes[i]);
        sse += weights[i] * residual * residual;
      }
      double degreesOfFreedom = total - 2;
      double standardError =
          degreesOfFreedom > 0 ? Math.sqrt(sse / degreesOfFreedom / sxx) : Double.POSITIVE_INFINITY;
      return new Line(slope, intercept, standardError, degreesOfFreedom);
    }
  }
}
