/**
 * dsa-fitter: complexity classes, the fitters that tell them apart, and {@code GrowthMeasurement},
 * so that a JUnit test can assert how the caller's own code grows. It needs dsa-core (the counting
 * hooks) and Apache Commons Math, nothing else.
 */
module io.github.dsalab.complexity {
  requires transitive io.github.dsalab.core;
  requires commons.math3;

  exports io.github.dsalab.complexity;
}
