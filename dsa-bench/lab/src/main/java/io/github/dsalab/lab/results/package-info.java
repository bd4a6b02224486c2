/**
 * The results model every part of the lab shares: what an experiment measures
 * ({@link io.github.dsalab.lab.results.CountExperiment}, its {@code TimingSpec}), each fitted series
 * and the fitter's view of it ({@code Series}, {@code Point}, {@code FitView}, made only by the
 * doors to the fitter {@code Fits} and {@code TwoSizeFits}), a row of results with its timing
 * consistency, the whole run, and the progress reporter the long phases write to.
 *
 * <p>May use {@code inputs}, {@code costs} and the fitter ({@code io.github.dsalab.complexity}) only.
 */
package io.github.dsalab.lab.results;
