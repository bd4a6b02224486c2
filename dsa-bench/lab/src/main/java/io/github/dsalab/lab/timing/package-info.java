/**
 * The short JMH timing pass: plans which workload times which count row at which shapes and sizes
 * (and its baseline at the same ones), runs one {@code GrowthBenchmark} fork per workload through
 * JMH's Runner API (waiting for another run's lock rather than failing), and folds the timings back
 * into the rows: the timing fit, the baseline's curve, the cost per counted operation, and their
 * consistency with the count verdict.
 *
 * <p>May use {@code benchmarks}, {@code costs}, {@code inputs}, {@code results}, JMH and the fitter; not the
 * command line or the renderers.
 */
package io.github.dsalab.lab.timing;
