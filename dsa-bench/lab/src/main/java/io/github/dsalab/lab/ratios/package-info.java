/**
 * The headline ratios: dsa-core against its baseline (the JDK, JGraphT) on the pairs the project
 * promises to win, measured so that machine drift cannot land on one side. JMH runs one fork of
 * ours, then one of the baseline, then the baseline again and ours again (ABBA), and so on; each
 * round gives one ratio, and the table reports the median ratio with the range of the rounds,
 * which is a distribution-free confidence interval for that median. Allocation per operation comes
 * from JMH's GC profiler in the same forks.
 *
 * <p>{@link io.github.dsalab.lab.ratios.HeadlinePair} names the pairs and their goals,
 * {@link io.github.dsalab.lab.ratios.PairedForks} runs them,
 * {@link io.github.dsalab.lab.ratios.PairMeasurement} holds the arithmetic and the verdict, and
 * {@link io.github.dsalab.lab.ratios.RatioTable} prints them.
 *
 * <p>May use {@code benchmarks}, {@code results} and JMH; not the command line.
 */
package io.github.dsalab.lab.ratios;
