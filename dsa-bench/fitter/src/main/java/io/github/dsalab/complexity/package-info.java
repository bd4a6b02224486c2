/**
 * Complexity classes and the fitter that tells which one a set of measurements grows like.
 *
 * <p>{@link io.github.dsalab.complexity.ComplexityClass} names the classes of the syllabus;
 * {@link io.github.dsalab.complexity.ComplexityFitter} fits {@code (n, value)} samples and returns
 * a {@link io.github.dsalab.complexity.Verdict}, which is "ambiguous: X or Y" whenever the data
 * cannot decide; {@link io.github.dsalab.complexity.TwoVariableFitter} does the same for graph
 * costs such as {@code O(V + E)}. {@link io.github.dsalab.complexity.GrowthMeasurement} measures the
 * caller's own code, by operation counts or by timings, so that a JUnit test can assert a bound.
 */
package io.github.dsalab.complexity;
