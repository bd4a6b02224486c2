package io.github.dsalab.complexity;

import org.apache.commons.math3.special.Gamma;

/**
 * The growth classes of the syllabus, from {@code O(1)} to {@code O(n!)}, each with its growth
 * function {@code g(n)}.
 *
 * <p>The constants are declared in order of growth, so {@link #compareTo} (and
 * {@link #growsFasterThan}) orders them as a learner would: {@code O(n log n)} comes after
 * {@code O(n)} and before {@code O(n²)}. Logarithms are base 2, so the leading coefficient a fit
 * reports for binary search or merge sort reads directly as "comparisons per {@code log₂ n}".
 *
 * <table class="striped">
 *   <caption>Growth functions</caption>
 *   <tr><th>constant</th><th>display name</th><th>{@code g(n)}</th><th>typical algorithm</th></tr>
 *   <tr><td>{@link #CONSTANT}</td><td>{@code O(1)}</td><td>{@code 1}</td><td>array access</td></tr>
 *   <tr><td>{@link #LOGARITHMIC}</td><td>{@code O(log n)}</td><td>{@code log₂ n}</td><td>binary search</td></tr>
 *   <tr><td>{@link #SQUARE_ROOT}</td><td>{@code O(√n)}</td><td>{@code √n}</td><td>trial division</td></tr>
 *   <tr><td>{@link #LINEAR}</td><td>{@code O(n)}</td><td>{@code n}</td><td>linear search</td></tr>
 *   <tr><td>{@link #N_LOG_N}</td><td>{@code O(n log n)}</td><td>{@code n log₂ n}</td><td>merge sort</td></tr>
 *   <tr><td>{@link #QUADRATIC}</td><td>{@code O(n²)}</td><td>{@code n²}</td><td>insertion sort</td></tr>
 *   <tr><td>{@link #CUBIC}</td><td>{@code O(n³)}</td><td>{@code n³}</td><td>Floyd–Warshall</td></tr>
 *   <tr><td>{@link #EXPONENTIAL}</td><td>{@code O(2ⁿ)}</td><td>{@code 2ⁿ}</td><td>all subsets</td></tr>
 *   <tr><td>{@link #FACTORIAL}</td><td>{@code O(n!)}</td><td>{@code n!}</td><td>all permutations</td></tr>
 * </table>
 *
 * <pre>{@code
 * ComplexityClass c = ComplexityClass.N_LOG_N;
 * double work = c.growth(1024);                        // 10240.0
 * boolean worse = ComplexityClass.QUADRATIC.growsFasterThan(c);   // true
 * }</pre>
 */
public enum ComplexityClass implements GrowthClass {
  /** {@code O(1)}: the cost does not depend on {@code n}. */
  CONSTANT("O(1)", "O(1)"),
  /** {@code O(log n)}: halving the problem at every step. */
  LOGARITHMIC("O(log n)", "O(log n)"),
  /** {@code O(√n)}: e.g. trial division up to the square root. */
  SQUARE_ROOT("O(√n)", "O(sqrt n)"),
  /** {@code O(n)}: a constant amount of work per element. */
  LINEAR("O(n)", "O(n)"),
  /** {@code O(n log n)}: divide and conquer with linear merging. */
  N_LOG_N("O(n log n)", "O(n log n)"),
  /** {@code O(n²)}: all pairs. */
  QUADRATIC("O(n²)", "O(n^2)"),
  /** {@code O(n³)}: all triples. */
  CUBIC("O(n³)", "O(n^3)"),
  /** {@code O(2ⁿ)}: all subsets. */
  EXPONENTIAL("O(2ⁿ)", "O(2^n)"),
  /** {@code O(n!)}: all permutations. */
  FACTORIAL("O(n!)", "O(n!)");

  private static final double LN_2 = Math.log(2);

  private final String displayName;
  private final String asciiName;

  ComplexityClass(String displayName, String asciiName) {
    this.displayName = displayName;
    this.asciiName = asciiName;
  }

  /**
   * Returns the name a learner reads, such as {@code "O(n log n)"} or {@code "O(n²)"}.
   *
   * @return the display name, with Unicode superscripts
   */
  @Override
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the display name spelt in ASCII, such as {@code "O(n^2)"}, for terminals and files
   * that cannot show superscripts.
   *
   * @return the ASCII name
   */
  @Override
  public String asciiName() {
    return asciiName;
  }

  /**
   * Returns the growth function {@code g(n)} of this class. Large {@code n} may overflow to
   * positive infinity for {@link #EXPONENTIAL} and {@link #FACTORIAL}.
   *
   * @param n the problem size, at least 1
   * @return {@code g(n)}, for example {@code n·log₂ n} for {@link #N_LOG_N}
   * @throws IllegalArgumentException if {@code n} is below 1 or not a number
   */
  public double growth(double n) {
    return Math.exp(logGrowth(n));
  }

  /**
   * Returns whether this class grows strictly faster than {@code other}.
   *
   * @param other the class to compare with
   * @return true if {@code g(n) / other.g(n)} tends to infinity
   * @throws NullPointerException if {@code other} is null
   */
  public boolean growsFasterThan(ComplexityClass other) {
    return compareTo(other) > 0;
  }

  /**
   * Returns the display name.
   *
   * @return {@link #displayName()}
   */
  @Override
  public String toString() {
    return displayName;
  }

  /**
   * Returns {@code ln g(n)}: exponential and factorial growth overflow a double long before their
   * logarithms do, so the fitter works with these and normalises before exponentiating.
   * {@code ln log₂ 1} is negative infinity, which exponentiates back to the correct 0.
   */
  double logGrowth(double n) {
    if (!(n >= 1)) {
      throw new IllegalArgumentException("size " + n + " is not at least 1");
    }
    double logN = Math.log(n);
    switch (this) {
      case CONSTANT:
        return 0;
      case LOGARITHMIC:
        return Math.log(logN / LN_2);
      case SQUARE_ROOT:
        return 0.5 * logN;
      case LINEAR:
        return logN;
      case N_LOG_N:
        return logN + Math.log(logN / LN_2);
      case QUADRATIC:
        return 2 * logN;
      case CUBIC:
        return 3 * logN;
      case EXPONENTIAL:
        return n * LN_2;
      case FACTORIAL:
        return Gamma.logGamma(n + 1);
      default:
        throw new AssertionError(this);
    }
  }
}
