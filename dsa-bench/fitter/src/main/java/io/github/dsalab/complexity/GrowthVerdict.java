package io.github.dsalab.complexity;

import java.util.Optional;

/**
 * What a fitter concluded, whichever fitter it was: a {@link Verdict} from
 * {@link ComplexityFitter} (one size {@code n}) or a {@link TwoVariableVerdict} from
 * {@link TwoVariableFitter} (two sizes {@code V} and {@code E}). Either names its best
 * {@link GrowthClass}, or two classes when the data cannot separate them ("ambiguous: X or Y").
 *
 * <table class="striped">
 *   <caption>Cost</caption>
 *   <tr><th>operation</th><th>time</th></tr>
 *   <tr><td>every method</td><td>{@code O(1)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * GrowthVerdict verdict = ComplexityFitter.fit(sizes, comparisons);
 * boolean sure = verdict.confirms(ComplexityClass.N_LOG_N);   // best class, not ambiguous
 * boolean open = verdict.admits(ComplexityClass.N_LOG_N);     // or one side of an ambiguity
 * }</pre>
 */
public sealed interface GrowthVerdict permits Verdict, TwoVariableVerdict {
  /**
   * Returns the class with the best support; alone only when not {@link #isAmbiguous()}.
   *
   * @return the best class
   */
  GrowthClass best();

  /**
   * Returns the second-best class, if there was a second candidate.
   *
   * @return the runner-up
   */
  Optional<? extends GrowthClass> runnerUp();

  /**
   * Returns whether the data cannot separate the best class from the runner-up.
   *
   * @return true if the verdict names two classes
   */
  boolean isAmbiguous();

  /**
   * Returns whether the verdict names {@code expected}: as its class, or as one side of an
   * ambiguity. The comparison is by identity of the class, never by its name.
   *
   * @param expected the class to test
   * @return true if the measurements do not contradict {@code expected}
   * @throws NullPointerException if {@code expected} is null
   */
  default boolean admits(GrowthClass expected) {
    java.util.Objects.requireNonNull(expected, "expected");
    return best() == expected || (isAmbiguous() && runnerUp().orElse(null) == expected);
  }

  /**
   * Returns whether the verdict is exactly {@code expected}, confidently (not ambiguous).
   *
   * @param expected the class to test
   * @return true if {@code expected} is the one class named
   * @throws NullPointerException if {@code expected} is null
   */
  default boolean confirms(GrowthClass expected) {
    java.util.Objects.requireNonNull(expected, "expected");
    return !isAmbiguous() && best() == expected;
  }
}
