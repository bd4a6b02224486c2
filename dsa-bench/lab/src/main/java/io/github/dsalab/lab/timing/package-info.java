/**
 * The short JMH timing pass: plans which benchmark method times which count row, runs JMH through
 * its Runner API (waiting for another run's lock rather than failing), and folds the timings back
 * into the rows with their consistency to the count verdict. The benchmarks it may run are listed
 * by class in {@link io.github.dsalab.lab.timing.TimingPass#BENCHMARKS}.
 *
 * <p>May use {@code benchmarks}, {@code costs}, {@code inputs}, {@code results}, JMH and the fitter; not the
 * command line or the renderers.
 */
package io.github.dsalab.lab.timing;
