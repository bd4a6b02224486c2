/**
 * The JMH benchmarks. The topic benchmarks ({@code SortBenchmark}, {@code SearchBenchmark},
 * {@code TreeBenchmark}, {@code HeapBenchmark}, {@code GraphBenchmark}) each time dsa-core against
 * the JDK or JGraphT in the same run, for {@code ./lab ratios} and for JMH on its own
 * ({@code java -cp dsa-bench/lab/target/dsa-lab.jar org.openjdk.jmh.Main SortBenchmark}). The lab's
 * timing pass runs {@link io.github.dsalab.lab.benchmarks.GrowthBenchmark}: one
 * {@link io.github.dsalab.lab.benchmarks.Workload} (named in
 * {@link io.github.dsalab.lab.benchmarks.Workloads}) at every size of a
 * {@link io.github.dsalab.lab.benchmarks.SizeSweep} in one forked JVM.
 *
 * <p>May use {@code inputs}, dsa-core, JMH and JGraphT (the baseline); nothing else of the lab.
 */
package io.github.dsalab.lab.benchmarks;
