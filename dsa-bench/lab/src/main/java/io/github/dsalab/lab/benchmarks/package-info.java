/**
 * The JMH benchmarks, one per topic ({@code SortBenchmark}, {@code SearchBenchmark},
 * {@code TreeBenchmark}, {@code HeapBenchmark}, {@code GraphBenchmark}), each timing dsa-core
 * against the JDK or JGraphT in the same run. They run under the lab's timing pass or on their own
 * with {@code java -cp dsa-bench/lab/target/dsa-lab.jar org.openjdk.jmh.Main SortBenchmark}.
 *
 * <p>May use {@code inputs}, dsa-core, JMH and JGraphT (the baseline); nothing else of the lab.
 */
package io.github.dsalab.lab.benchmarks;
