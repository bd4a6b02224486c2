/**
 * Operation counters that wrap an algorithm's inputs, so that the work an algorithm does can be
 * measured exactly without a single line of counting code inside the algorithm.
 *
 * <p>Hand a {@link io.github.dsalab.counting.CountingComparator} to a sort and read how many
 * comparisons it made; hand a {@link io.github.dsalab.counting.CountingIntPredicate} to a binary
 * search on the answer and read how many probes it took. Counts are deterministic, so unlike
 * timings they can be asserted in unit tests and fitted to a complexity class reliably.
 */
package io.github.dsalab.counting;
