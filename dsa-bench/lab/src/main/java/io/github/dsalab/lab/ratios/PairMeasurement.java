package io.github.dsalab.lab.ratios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The paired rounds of one {@link HeadlinePair}: in round {@code i} one fork timed ours
 * ({@code ours.get(i)}) and the next fork the baseline ({@code baseline.get(i)}), or the other way
 * round, so both saw the same state of the machine. Each round gives the ratio ours / baseline;
 * the verdict rests on their median.
 *
 * <p>The range of the round ratios, from the lowest to the highest, is a confidence interval for
 * the median ratio that assumes nothing about the distribution of the noise, only that rounds are
 * independent: with {@code k} rounds the median lies outside it only if all {@code k} ratios fall
 * on the same side of it, which has probability {@code 2 · 2^-k}. So 2 rounds give a 50 %
 * interval, 3 give 75 %, 5 give 94 %.
 *
 * @param pair the pair measured
 * @param size the size parameter {@code n}
 * @param ours our score per round (time per call, lower is faster)
 * @param baseline the baseline's score per round, in the same unit
 * @param scoreUnit the unit of the scores, such as {@code ms/op}
 * @param oursBytesPerCall our allocation per benchmark call (median over the rounds), or NaN
 * @param baselineBytesPerCall the baseline's allocation per call, or NaN
 */
public record PairMeasurement(HeadlinePair pair, int size, List<Double> ours, List<Double> baseline,
    String scoreUnit, double oursBytesPerCall, double baselineBytesPerCall) {

  /**
   * Checks the rounds.
   *
   * @throws IllegalArgumentException if there are fewer than 2 rounds, the lists differ in length
   *     or a score is not a positive number
   */
  public PairMeasurement {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(scoreUnit, "scoreUnit");
    ours = List.copyOf(ours);
    baseline = List.copyOf(baseline);
    if (ours.size() != baseline.size()) {
      throw new IllegalArgumentException(
          "ours has " + ours.size() + " rounds, the baseline " + baseline.size() + ": they must be paired");
    }
    if (ours.size() < 2) {
      throw new IllegalArgumentException("a ratio needs at least 2 paired rounds, got " + ours.size());
    }
    for (List<Double> scores : List.of(ours, baseline)) {
      for (double score : scores) {
        if (!(score > 0) || Double.isInfinite(score)) {
          throw new IllegalArgumentException("score " + score + " is not a positive time");
        }
      }
    }
  }

  /** The ratio ours / baseline of each round, in round order. */
  public List<Double> ratios() {
    List<Double> ratios = new ArrayList<>(ours.size());
    for (int i = 0; i < ours.size(); i++) {
      ratios.add(ours.get(i) / baseline.get(i));
    }
    return ratios;
  }

  /** The median of the round ratios: the figure the goal is judged on. */
  public double medianRatio() {
    return median(ratios());
  }

  /** The lowest round ratio, the lower end of the confidence interval. */
  public double lowRatio() {
    return Collections.min(ratios());
  }

  /** The highest round ratio, the upper end of the confidence interval. */
  public double highRatio() {
    return Collections.max(ratios());
  }

  /** How sure [lowest, highest] is to hold the true median ratio: {@code 1 - 2^(1-k)}. */
  public double confidence() {
    return 1 - Math.pow(2, 1 - ours.size());
  }

  /** Our median score over the rounds. */
  public double oursMedian() {
    return median(ours);
  }

  /** The baseline's median score over the rounds. */
  public double baselineMedian() {
    return median(baseline);
  }

  /** Whether the median ratio meets the goal: the criterion for one run. */
  public boolean medianMeetsGoal() {
    return medianRatio() <= pair.goal();
  }

  /** Met if every round meets the goal, not met if none does, unclear otherwise. */
  public GoalVerdict verdict() {
    if (highRatio() <= pair.goal()) {
      return GoalVerdict.MET;
    }
    if (lowRatio() > pair.goal()) {
      return GoalVerdict.NOT_MET;
    }
    return GoalVerdict.UNCLEAR;
  }

  /** Our allocation per {@link HeadlinePair#unit()} (bytes per put, per offer ...), or NaN. */
  public double oursBytesPerStep() {
    return oursBytesPerCall / pair.stepsPerCall(size);
  }

  /** The baseline's allocation per {@link HeadlinePair#unit()}, or NaN. */
  public double baselineBytesPerStep() {
    return baselineBytesPerCall / pair.stepsPerCall(size);
  }

  /** The median of a non-empty list: the middle value, or the mean of the two middle ones. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("the median of no values");
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
