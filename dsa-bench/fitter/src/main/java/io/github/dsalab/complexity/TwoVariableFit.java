package io.github.dsalab.complexity;

import java.util.Locale;

/** One {@link TwoVariableClass} fitted as {@code a + Σ bⱼ·termⱼ(V, E)}, with its BIC. */
final class TwoVariableFit {
  final TwoVariableClass complexityClass;
  final double constant;
  final double[] coefficients;
  final double bic;

  TwoVariableFit(TwoVariableClass complexityClass, double constant, double[] coefficients, double bic) {
    this.complexityClass = complexityClass;
    this.constant = constant;
    this.coefficients = coefficients;
    this.bic = bic;
  }

  double predict(double vertices, double edges) {
    double value = constant;
    for (int t = 0; t < coefficients.length; t++) {
      value += coefficients[t] * complexityClass.term(t, vertices, edges);
    }
    return value;
  }

  /** A two-term fit with a zero coefficient is really the one-term class: it does not compete. */
  boolean usesEveryTerm() {
    for (double coefficient : coefficients) {
      if (!(coefficient > 0)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s: %.3g", complexityClass, constant));
    for (int t = 0; t < coefficients.length; t++) {
      text.append(String.format(Locale.ROOT, " + %.3g·term%d", coefficients[t], t + 1));
    }
    return text.append(String.format(Locale.ROOT, ", BIC %.1f", bic)).toString();
  }
}
